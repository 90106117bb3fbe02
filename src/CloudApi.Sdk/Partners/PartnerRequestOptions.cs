namespace CloudApi.Sdk.Partners;

/// <summary>Optional settings of a partner call that is not a list.</summary>
public sealed class PartnerRequestOptions
{
    /// <summary><value>The WhatsApp Business Account of a call made on one. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary><value>The app of a call made on one. Default: <see cref="WhatsAppOptions.AppId"/>.</value></summary>
    public string? AppId { get; init; }
}
