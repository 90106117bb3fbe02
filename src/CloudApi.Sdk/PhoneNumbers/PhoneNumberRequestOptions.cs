namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Optional settings of a call on one business phone number (every call of <see cref="IPhoneNumbersClient"/> but the list).</summary>
public sealed class PhoneNumberRequestOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value>The fields to read, for <see cref="IPhoneNumbersClient.GetAsync"/> (other calls ignore it). Default <see langword="null"/>:
    /// every field <see cref="PhoneNumber"/> holds except the deprecated <c>messaging_limit_tier</c>.</value>
    /// </summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>
    /// <value>For <see cref="IPhoneNumbersClient.GetSettingsAsync"/>: whether to read the SIP servers' passwords
    /// (<c>include_sip_credentials</c>); other calls ignore it. Default <see langword="false"/>.</value>
    /// </summary>
    public bool IncludeSipCredentials { get; init; }
}
