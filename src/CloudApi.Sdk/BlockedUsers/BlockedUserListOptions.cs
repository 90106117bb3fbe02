namespace CloudApi.Sdk.BlockedUsers;

/// <summary>Optional settings of <see cref="IBlockedUsersClient.ListAsync"/>.</summary>
public sealed class BlockedUserListOptions
{
    /// <summary>The largest page the SDK asks for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary><value>Users per page (<c>limit</c>). Default <see langword="null"/>: Meta's default; 1 to 1,000.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize
    {
        get;
        init => field = Validate.OptionalRange(value, 1, MaxPageSize, "limit");
    }
}
