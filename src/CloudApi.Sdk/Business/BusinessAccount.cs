namespace CloudApi.Sdk.Business;

/// <summary>A WhatsApp Business Account (<c>GET /{waba-id}</c>). Properties whose field was not requested are <see langword="null"/>.</summary>
public sealed record BusinessAccount
{
    /// <summary>The account id (<c>id</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The account name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The billing currency, e.g. <c>USD</c> (<c>currency</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>The country (<c>country</c>).</summary>
    public string? Country { get; init; }

    /// <summary>The time zone id (<c>timezone_id</c>).</summary>
    public string? TimezoneId { get; init; }

    /// <summary>The account status (<c>status</c>).</summary>
    public string? Status { get; init; }

    /// <summary>The namespace of the account's templates (<c>message_template_namespace</c>).</summary>
    public string? MessageTemplateNamespace { get; init; }

    /// <summary>The review status, e.g. <c>APPROVED</c> or <c>PENDING</c> (<c>account_review_status</c>).</summary>
    public string? AccountReviewStatus { get; init; }

    /// <summary>The business verification status, e.g. <c>verified</c> (<c>business_verification_status</c>).</summary>
    public string? BusinessVerificationStatus { get; init; }

    /// <summary>Who owns the account, e.g. <c>SELF</c> or <c>CLIENT_OWNED</c> (<c>ownership_type</c>).</summary>
    public string? OwnershipType { get; init; }

    /// <summary>Whether template analytics are enabled (<c>is_enabled_for_insights</c>).</summary>
    public bool? IsEnabledForInsights { get; init; }
}
