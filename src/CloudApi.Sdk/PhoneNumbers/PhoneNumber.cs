using System.Text.Json.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// A business phone number (<c>GET /{phone-number-id}</c>, <c>GET /{waba-id}/phone_numbers</c>). Properties whose field was
/// not requested are <see langword="null"/>.
/// </summary>
public sealed record PhoneNumber
{
    /// <summary>The phone-number id (<c>id</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The number as displayed, e.g. <c>+1 555-005-1310</c> (<c>display_phone_number</c>).</summary>
    public string? DisplayPhoneNumber { get; init; }

    /// <summary>The approved display name (<c>verified_name</c>).</summary>
    public string? VerifiedName { get; init; }

    /// <summary>The quality rating (<c>quality_rating</c>).</summary>
    public QualityRating? QualityRating { get; init; }

    /// <summary>The throughput (<c>throughput</c>).</summary>
    public PhoneNumberThroughput? Throughput { get; init; }

    /// <summary>The business portfolio's messaging limit, shared by its numbers (<c>whatsapp_business_manager_messaging_limit</c>).</summary>
    [JsonPropertyName("whatsapp_business_manager_messaging_limit")]
    [JsonConverter(typeof(MessagingLimitConverter))]
    public MessagingLimitTier? BusinessMessagingLimit { get; init; }

    /// <summary>The number's messaging limit tier (<c>messaging_limit_tier</c>; deprecated by Meta, request it explicitly).</summary>
    [JsonConverter(typeof(MessagingLimitConverter))]
    public MessagingLimitTier? MessagingLimitTier { get; init; }

    /// <summary>The display name's review status (<c>name_status</c>).</summary>
    public NameStatus? NameStatus { get; init; }

    /// <summary>Whether the number was verified with a code (<c>code_verification_status</c>).</summary>
    public CodeVerificationStatus? CodeVerificationStatus { get; init; }

    /// <summary>The connection status (<c>status</c>).</summary>
    public PhoneNumberStatus? Status { get; init; }

    /// <summary>The platform serving the number (<c>platform_type</c>).</summary>
    public PlatformType? PlatformType { get; init; }

    /// <summary>Live or sandbox (<c>account_mode</c>).</summary>
    public AccountMode? AccountMode { get; init; }

    /// <summary>Whether the business is an Official Business Account (<c>is_official_business_account</c>).</summary>
    public bool? IsOfficialBusinessAccount { get; init; }

    /// <summary>Whether two-step verification is on (<c>is_pin_enabled</c>).</summary>
    public bool? IsPinEnabled { get; init; }
}
