namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Optional settings of a call on one business phone number.</summary>
public sealed class PhoneNumberRequestOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }
}
