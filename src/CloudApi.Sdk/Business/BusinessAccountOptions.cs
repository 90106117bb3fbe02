namespace CloudApi.Sdk.Business;

/// <summary>Optional settings of a call on a WhatsApp Business Account.</summary>
public sealed class BusinessAccountRequestOptions
{
    /// <summary><value>The WhatsApp Business Account id. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }
}
