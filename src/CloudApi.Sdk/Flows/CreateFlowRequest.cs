namespace CloudApi.Sdk.Flows;

/// <summary>
/// A new WhatsApp Flow (<c>POST /{waba-id}/flows</c>): a name and categories, and optionally its Flow JSON (then it can be
/// published at once), a flow to clone, and the data-exchange endpoint. Without Flow JSON it is an empty draft: upload the
/// JSON later with <see cref="IFlowsClient.UploadFlowJsonAsync(string, string, FlowRequestOptions?, CancellationToken)"/>.
/// </summary>
public sealed class CreateFlowRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="name">The flow's name, as it appears in WhatsApp Manager; not empty.</param>
    /// <param name="categories">One or more categories, each once.</param>
    /// <exception cref="WhatsAppValidationException">The name is empty, or the categories are missing, empty or repeated.</exception>
    public CreateFlowRequest(string name, IEnumerable<FlowCategory> categories)
    {
        Validate.NotEmpty(name, "name");
        Name = name;
        Categories = Validate.ReadOnly(FlowRules.Categories(categories, "categories"));
    }

    /// <summary>The flow's name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>Its categories (<c>categories</c>).</summary>
    public IReadOnlyList<FlowCategory> Categories { get; }

    /// <summary>
    /// <value>A flow whose Flow JSON the new flow starts from (<c>clone_flow_id</c>): the way to change a published flow.
    /// Default <see langword="null"/>: none.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The id is not a Graph id (digits).</exception>
    public string? CloneFlowId
    {
        get;
        init => field = value is null ? null : FlowRules.FlowId(value, "clone_flow_id");
    }

    /// <summary><value>The https data-exchange endpoint WhatsApp calls (<c>endpoint_uri</c>). Default <see langword="null"/>: none.</value></summary>
    /// <exception cref="WhatsAppValidationException">The URL is not absolute https.</exception>
    public Uri? EndpointUri
    {
        get;
        init => field = FlowRules.OptionalEndpoint(value, "endpoint_uri");
    }

    /// <summary>
    /// <value>The Flow JSON document (<c>flow_json</c>, sent as one string). Default <see langword="null"/>: an empty draft.
    /// Meta answers its errors in <see cref="CreateFlowResult.ValidationErrors"/>.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The text is not one well-formed JSON object.</exception>
    public string? FlowJson
    {
        get;
        init => field = FlowRules.OptionalFlowJson(value, "flow_json");
    }

    /// <summary>
    /// <value>Publish the flow once created (<c>publish</c>); needs <see cref="FlowJson"/>. Publishing cannot be undone: the
    /// flow becomes immutable. Default <see langword="false"/>: a draft.</value>
    /// </summary>
    public bool Publish { get; init; }
}
