namespace CloudApi.Sdk.Templates;

/// <summary>Optional settings of the template calls other than the list (get, create, edit, delete).</summary>
public sealed class TemplateRequestOptions
{
    /// <summary>
    /// <value>The WhatsApp Business Account that owns the templates, for the calls that address it (create, delete).
    /// Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value>
    /// </summary>
    public string? BusinessAccountId { get; init; }

    /// <summary>
    /// <value><see cref="ITemplatesClient.GetAsync"/>: fields to ask for besides those <see cref="MessageTemplate"/> models
    /// (e.g. <c>sub_category</c>); read them from <see cref="GraphResult.RawJson"/>. Default <see langword="null"/>: none.</value>
    /// </summary>
    public IReadOnlyList<string>? AdditionalFields { get; init; }
}
