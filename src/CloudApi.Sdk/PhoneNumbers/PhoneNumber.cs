using CloudApi.Sdk.Http;
using CloudApi.Sdk.PhoneNumbers.Wire;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// A business phone number (<c>GET /{phone-number-id}</c>, an item of <c>GET /{waba-id}/phone_numbers</c>). Properties whose
/// field was not requested are <see langword="null"/>; a field the SDK does not model is in <see cref="GraphResult.RawJson"/>.
/// </summary>
public sealed class PhoneNumber : GraphResult
{
    internal PhoneNumber(
        string id,
        string? displayPhoneNumber,
        string? verifiedName,
        QualityRating? qualityRating,
        PhoneNumberThroughput? throughput,
        MessagingLimitTier? businessMessagingLimit,
        MessagingLimitTier? messagingLimitTier,
        NameStatus? nameStatus,
        CodeVerificationStatus? codeVerificationStatus,
        PhoneNumberStatus? status,
        PlatformType? platformType,
        AccountMode? accountMode,
        bool? isOfficialBusinessAccount,
        bool? isPinEnabled,
        GraphSource source)
        : base(source)
    {
        Id = id;
        DisplayPhoneNumber = displayPhoneNumber;
        VerifiedName = verifiedName;
        QualityRating = qualityRating;
        Throughput = throughput;
        BusinessMessagingLimit = businessMessagingLimit;
        MessagingLimitTier = messagingLimitTier;
        NameStatus = nameStatus;
        CodeVerificationStatus = codeVerificationStatus;
        Status = status;
        PlatformType = platformType;
        AccountMode = accountMode;
        IsOfficialBusinessAccount = isOfficialBusinessAccount;
        IsPinEnabled = isPinEnabled;
    }

    internal PhoneNumber(PhoneNumberWire wire, GraphSource source)
        : this(
            wire.Id ?? string.Empty,
            wire.DisplayPhoneNumber,
            wire.VerifiedName,
            wire.QualityRating,
            wire.Throughput is { } throughput ? new PhoneNumberThroughput(throughput) : null,
            wire.WhatsappBusinessManagerMessagingLimit,
            wire.MessagingLimitTier,
            wire.NameStatus,
            wire.CodeVerificationStatus,
            wire.Status,
            wire.PlatformType,
            wire.AccountMode,
            wire.IsOfficialBusinessAccount,
            wire.IsPinEnabled,
            source)
    {
    }

    /// <summary>The phone-number id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The number as displayed, e.g. <c>+1 555-005-1310</c> (<c>display_phone_number</c>).</summary>
    public string? DisplayPhoneNumber { get; }

    /// <summary>The approved display name (<c>verified_name</c>).</summary>
    public string? VerifiedName { get; }

    /// <summary>The quality rating (<c>quality_rating</c>).</summary>
    public QualityRating? QualityRating { get; }

    /// <summary>The throughput (<c>throughput</c>).</summary>
    public PhoneNumberThroughput? Throughput { get; }

    /// <summary>The business portfolio's messaging limit, shared by its numbers (<c>whatsapp_business_manager_messaging_limit</c>).</summary>
    public MessagingLimitTier? BusinessMessagingLimit { get; }

    /// <summary>The number's messaging limit tier (<c>messaging_limit_tier</c>; deprecated by Meta, request it explicitly).</summary>
    public MessagingLimitTier? MessagingLimitTier { get; }

    /// <summary>The display name's review status (<c>name_status</c>).</summary>
    public NameStatus? NameStatus { get; }

    /// <summary>Whether the number was verified with a code (<c>code_verification_status</c>).</summary>
    public CodeVerificationStatus? CodeVerificationStatus { get; }

    /// <summary>The connection status (<c>status</c>).</summary>
    public PhoneNumberStatus? Status { get; }

    /// <summary>The platform serving the number (<c>platform_type</c>).</summary>
    public PlatformType? PlatformType { get; }

    /// <summary>Live or sandbox (<c>account_mode</c>).</summary>
    public AccountMode? AccountMode { get; }

    /// <summary>Whether the business is an Official Business Account (<c>is_official_business_account</c>).</summary>
    public bool? IsOfficialBusinessAccount { get; }

    /// <summary>Whether two-step verification is on (<c>is_pin_enabled</c>).</summary>
    public bool? IsPinEnabled { get; }
}
