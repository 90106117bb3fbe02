using CloudApi.Sdk.Business.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Business;

/// <summary>
/// A WhatsApp Business Account (<c>GET /{waba-id}</c>). Properties whose field was not requested are <see langword="null"/>;
/// a field the SDK does not model is in <see cref="GraphResult.RawJson"/>.
/// </summary>
public sealed class BusinessAccount : GraphResult
{
    internal BusinessAccount(
        string id,
        string? name,
        string? currency,
        string? country,
        string? timezoneId,
        string? status,
        string? messageTemplateNamespace,
        string? accountReviewStatus,
        string? businessVerificationStatus,
        string? ownershipType,
        bool? isEnabledForInsights,
        GraphSource source)
        : base(source)
    {
        Id = id;
        Name = name;
        Currency = currency;
        Country = country;
        TimezoneId = timezoneId;
        Status = status;
        MessageTemplateNamespace = messageTemplateNamespace;
        AccountReviewStatus = accountReviewStatus;
        BusinessVerificationStatus = businessVerificationStatus;
        OwnershipType = ownershipType;
        IsEnabledForInsights = isEnabledForInsights;
    }

    internal BusinessAccount(BusinessAccountWire wire, GraphSource source)
        : this(wire.Id ?? string.Empty, wire.Name, wire.Currency, wire.Country, wire.TimezoneId, wire.Status, wire.MessageTemplateNamespace,
            wire.AccountReviewStatus, wire.BusinessVerificationStatus, wire.OwnershipType, wire.IsEnabledForInsights, source)
    {
    }

    /// <summary>The account id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The account name (<c>name</c>).</summary>
    public string? Name { get; }

    /// <summary>The billing currency, e.g. <c>USD</c> (<c>currency</c>).</summary>
    public string? Currency { get; }

    /// <summary>The country (<c>country</c>).</summary>
    public string? Country { get; }

    /// <summary>The time zone id (<c>timezone_id</c>).</summary>
    public string? TimezoneId { get; }

    /// <summary>The account status (<c>status</c>).</summary>
    public string? Status { get; }

    /// <summary>The namespace of the account's templates (<c>message_template_namespace</c>).</summary>
    public string? MessageTemplateNamespace { get; }

    /// <summary>The review status, e.g. <c>APPROVED</c> or <c>PENDING</c> (<c>account_review_status</c>).</summary>
    public string? AccountReviewStatus { get; }

    /// <summary>The business verification status, e.g. <c>verified</c> (<c>business_verification_status</c>).</summary>
    public string? BusinessVerificationStatus { get; }

    /// <summary>Who owns the account, e.g. <c>SELF</c> or <c>CLIENT_OWNED</c> (<c>ownership_type</c>).</summary>
    public string? OwnershipType { get; }

    /// <summary>Whether template analytics are enabled (<c>is_enabled_for_insights</c>).</summary>
    public bool? IsEnabledForInsights { get; }
}
