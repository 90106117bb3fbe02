namespace CloudApi.Sdk.Partners;

/// <summary>Optional settings of <see cref="ISolutionsClient.ListAsync"/>.</summary>
public sealed class SolutionListOptions
{
    /// <summary>The role that lists the solutions the app owns (<c>OWNER</c>).</summary>
    public const string OwnerRole = "OWNER";

    /// <summary>The role that lists the solutions the app is a partner of (<c>PARTNER</c>).</summary>
    public const string PartnerRole = "PARTNER";

    /// <summary><value>The app. Default: <see cref="WhatsAppOptions.AppId"/>.</value></summary>
    public string? AppId { get; init; }

    /// <summary><value>Only the solutions where the app has this role: <see cref="OwnerRole"/> or <see cref="PartnerRole"/> (<c>role</c>). Default: both.</value></summary>
    /// <exception cref="WhatsAppValidationException">The role is neither.</exception>
    public string? Role
    {
        get;
        init => field = value is null or OwnerRole or PartnerRole
            ? value
            : throw new WhatsAppValidationException("role", $"role '{value}' must be {OwnerRole} or {PartnerRole}.");
    }

    /// <summary><value>Solutions per page (<c>limit</c>). Default <see langword="null"/>: Meta's default (25); 1 to 100.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize
    {
        get;
        init => field = Validate.OptionalRange(value, 1, PartnerListOptions.MaxPageSize, "limit");
    }
}
