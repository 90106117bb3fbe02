namespace CloudApi.Sdk.Flows;

/// <summary>
/// Changes to a flow's metadata (<c>POST /{flow-id}</c>); set at least one. The Flow JSON itself is changed by
/// uploading it again (<see cref="IFlowsClient.UploadFlowJsonAsync(string, string, FlowRequestOptions?, CancellationToken)"/>).
/// </summary>
public sealed class UpdateFlowRequest
{
    /// <summary><value>The new name (<c>name</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The name is empty.</exception>
    public string? Name
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "name");
    }

    /// <summary><value>The new categories (<c>categories</c>), replacing the old. Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The list is empty or repeats a category.</exception>
    public IReadOnlyList<FlowCategory>? Categories
    {
        get;
        init => field = value is null ? null : Validate.ReadOnly(FlowRules.Categories(value, "categories"));
    }

    /// <summary><value>The new https data-exchange endpoint (<c>endpoint_uri</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The URL is not absolute https.</exception>
    public Uri? EndpointUri
    {
        get;
        init => field = FlowRules.OptionalEndpoint(value, "endpoint_uri");
    }

    /// <summary>
    /// <value>The Meta app to link the endpoint to (<c>application_id</c>), for businesses with several apps. Default
    /// <see langword="null"/>: unchanged.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The id is not a Graph id (digits).</exception>
    public string? ApplicationId
    {
        get;
        init => field = value is null || GraphIds.IsValid(value)
            ? value
            : throw new WhatsAppValidationException("application_id", $"application_id '{value}' is malformed: Graph ids are digits only.");
    }

    internal bool IsEmpty => Name is null && Categories is null && EndpointUri is null && ApplicationId is null;
}
