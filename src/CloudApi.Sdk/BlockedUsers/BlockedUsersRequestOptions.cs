namespace CloudApi.Sdk.BlockedUsers;

/// <summary>Optional settings of a block or unblock call.</summary>
public sealed class BlockedUsersRequestOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }
}
