namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Optional settings of a call on one business phone number.</summary>
public sealed class PhoneNumberRequestOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }
}

/// <summary>Optional settings of <see cref="IPhoneNumbersClient.GetAsync"/>.</summary>
public sealed class PhoneNumberQueryOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary><value>The fields to read. Default <see langword="null"/>: every field <see cref="PhoneNumber"/> holds except the deprecated <c>messaging_limit_tier</c>.</value></summary>
    public IReadOnlyList<string>? Fields { get; init; }
}

/// <summary>Optional settings of <see cref="IPhoneNumbersClient.ListAsync"/>.</summary>
public sealed class PhoneNumberListOptions
{
    /// <summary><value>The WhatsApp Business Account whose numbers are listed. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary><value>The fields to read. Default <see langword="null"/>: as for <see cref="PhoneNumberQueryOptions.Fields"/>.</value></summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary><value>Numbers per page (<c>limit</c>). Default <see langword="null"/>: Meta's default; 1 to 1,000.</value></summary>
    public int? PageSize { get; init; }
}

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
