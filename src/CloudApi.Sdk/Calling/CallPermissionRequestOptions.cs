namespace CloudApi.Sdk.Calling;

/// <summary>Optional settings of a call-permission check.</summary>
public sealed class CallPermissionRequestOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }
}
