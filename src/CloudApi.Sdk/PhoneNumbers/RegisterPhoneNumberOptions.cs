namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Optional settings of <see cref="IPhoneNumbersClient.RegisterAsync"/>.</summary>
public sealed class RegisterPhoneNumberOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value>Where Meta stores message data at rest, as a two-letter code (<c>data_localization_region</c>), e.g. <c>DE</c>, <c>IN</c>,
    /// <c>BR</c>. Default <see langword="null"/>: no local storage.</value>
    /// </summary>
    public string? DataLocalizationRegion { get; init; }
}
