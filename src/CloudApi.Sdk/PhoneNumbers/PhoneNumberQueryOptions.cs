namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Optional settings of <see cref="IPhoneNumbersClient.GetAsync"/>.</summary>
public sealed class PhoneNumberQueryOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary><value>The fields to read. Default <see langword="null"/>: every field <see cref="PhoneNumber"/> holds except the deprecated <c>messaging_limit_tier</c>.</value></summary>
    public IReadOnlyList<string>? Fields { get; init; }
}
