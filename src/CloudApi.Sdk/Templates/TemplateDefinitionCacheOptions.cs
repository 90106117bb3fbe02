namespace CloudApi.Sdk.Templates;

/// <summary>Settings of a <see cref="TemplateDefinitionCache"/>.</summary>
public sealed class TemplateDefinitionCacheOptions
{
    /// <summary>
    /// <value>How long a fetched definition (or the absence of one) is trusted. Default 10 minutes; 1 second to 1 day. Call
    /// <see cref="TemplateDefinitionCache.Invalidate"/> from your template webhooks to see changes at once.</value>
    /// </summary>
    public TimeSpan TimeToLive { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary><value>The WhatsApp Business Account owning the templates. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }
}
