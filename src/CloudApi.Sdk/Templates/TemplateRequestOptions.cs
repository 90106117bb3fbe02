namespace CloudApi.Sdk.Templates;

/// <summary>Optional settings of a template call that addresses the WhatsApp Business Account.</summary>
public sealed class TemplateRequestOptions
{
    /// <summary><value>The WhatsApp Business Account that owns the templates. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }
}
