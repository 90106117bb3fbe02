using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers.Wire;

/// <summary>A phone number as <c>GET /{phone-number-id}</c> and <c>GET /{waba-id}/phone_numbers</c> answer it.</summary>
internal sealed class PhoneNumberWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? DisplayPhoneNumber { get; set; }

    public string? VerifiedName { get; set; }

    public QualityRating? QualityRating { get; set; }

    public PhoneNumberThroughputWire? Throughput { get; set; }

    [JsonConverter(typeof(MessagingLimitConverter))]
    public MessagingLimitTier? WhatsappBusinessManagerMessagingLimit { get; set; }

    [JsonConverter(typeof(MessagingLimitConverter))]
    public MessagingLimitTier? MessagingLimitTier { get; set; }

    public NameStatus? NameStatus { get; set; }

    public CodeVerificationStatus? CodeVerificationStatus { get; set; }

    public PhoneNumberStatus? Status { get; set; }

    public PlatformType? PlatformType { get; set; }

    public AccountMode? AccountMode { get; set; }

    public bool? IsOfficialBusinessAccount { get; set; }

    public bool? IsPinEnabled { get; set; }
}

/// <summary>The <c>throughput</c> object of a phone number: <c>{"level":"STANDARD"}</c>.</summary>
internal sealed class PhoneNumberThroughputWire
{
    public ThroughputLevel? Level { get; set; }
}
