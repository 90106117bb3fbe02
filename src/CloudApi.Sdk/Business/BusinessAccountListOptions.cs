namespace CloudApi.Sdk.Business;

/// <summary>Optional settings of the lists of a WhatsApp Business Account (subscribed apps, template analytics).</summary>
public sealed class BusinessAccountListOptions
{
    /// <summary>The largest page Meta serves.</summary>
    public const int MaxPageSize = 1000;

    /// <summary><value>The WhatsApp Business Account id. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary><value>Items per page (<c>limit</c>). Default <see langword="null"/>: Meta's default; 1 to 1,000.</value></summary>
    public int? PageSize { get; init; }
}
