namespace CloudApi.Sdk.Groups;

/// <summary>Optional settings of <see cref="IGroupsClient.ListAsync"/>.</summary>
public sealed class GroupListOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary><value>Groups per page (<c>limit</c>). Default <see langword="null"/>: Meta's default (25); 1 to <see cref="GroupLimits.MaxGroupsPageSize"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize
    {
        get;
        init => field = Validate.OptionalRange(value, 1, GroupLimits.MaxGroupsPageSize, "limit");
    }
}
