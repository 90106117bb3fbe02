namespace CloudApi.Sdk.Partners;

/// <summary>Optional settings of the partner lists (accounts, users, requests, solutions of an account, number partners).</summary>
public sealed class PartnerListOptions
{
    /// <summary>The largest page Meta serves on these lists.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// <value>The WhatsApp Business Account of a list read on one (assigned users, on-behalf requests, solutions of an account).
    /// Default: <see cref="WhatsAppOptions.BusinessAccountId"/>; lists of another object ignore it.</value>
    /// </summary>
    public string? BusinessAccountId { get; init; }

    /// <summary><value>The app of a list read on one (connected client businesses). Default: <see cref="WhatsAppOptions.AppId"/>; lists of another object ignore it.</value></summary>
    public string? AppId { get; init; }

    /// <summary><value>Items per page (<c>limit</c>; <c>first</c> for owned accounts). Default <see langword="null"/>: Meta's default (25); 1 to 100.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize
    {
        get;
        init => field = Validate.OptionalRange(value, 1, MaxPageSize, "limit");
    }
}
