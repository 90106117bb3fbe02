using CloudApi.Sdk.PhoneNumbers;

namespace CloudApi.Sdk.Webhooks;

/// <summary>A business number's quality or messaging limit changed (<c>phone_number_quality_update</c>).</summary>
public sealed class PhoneNumberQualityUpdate : WebhookEvent
{
    internal PhoneNumberQualityUpdate()
    {
    }

    /// <summary>The number (<c>display_phone_number</c>).</summary>
    public string? DisplayPhoneNumber { get; internal init; }

    /// <summary>What happened (<c>event</c>): <c>ONBOARDING</c>, <c>UPGRADE</c>, <c>DOWNGRADE</c>, <c>FLAGGED</c>, <c>UNFLAGGED</c>, <c>THROUGHPUT_UPGRADE</c>, ...</summary>
    public string? Event { get; internal init; }

    /// <summary>The messaging limit tier (<c>max_daily_conversations_per_business</c>), e.g. <see cref="MessagingLimitTier.Tier2K"/>.</summary>
    public MessagingLimitTier? MaxDailyConversationsPerBusiness { get; internal init; }

    /// <summary>The current limit (<c>current_limit</c>; deprecated by Meta).</summary>
    public string? CurrentLimit { get; internal init; }

    /// <summary>The previous limit (<c>old_limit</c>; deprecated by Meta).</summary>
    public string? OldLimit { get; internal init; }
}

/// <summary>A decision on a business number's display name (<c>phone_number_name_update</c>).</summary>
public sealed class PhoneNumberNameUpdate : WebhookEvent
{
    internal PhoneNumberNameUpdate()
    {
    }

    /// <summary>The number (<c>display_phone_number</c>).</summary>
    public string? DisplayPhoneNumber { get; internal init; }

    /// <summary>The decision (<c>decision</c>): <c>APPROVED</c>, <c>DEFERRED</c>, <c>PENDING</c>, <c>REJECTED</c>.</summary>
    public string? Decision { get; internal init; }

    /// <summary>The name asked for (<c>requested_verified_name</c>).</summary>
    public string? RequestedVerifiedName { get; internal init; }

    /// <summary>Why it was rejected (<c>rejection_reason</c>).</summary>
    public string? RejectionReason { get; internal init; }
}

/// <summary>A security event on a business number (<c>security</c>), e.g. its two-step PIN changed.</summary>
public sealed class SecurityUpdate : WebhookEvent
{
    internal SecurityUpdate()
    {
    }

    /// <summary>The number (<c>display_phone_number</c>).</summary>
    public string? DisplayPhoneNumber { get; internal init; }

    /// <summary>What happened (<c>event</c>): <c>PIN_CHANGED</c>, <c>PIN_RESET_REQUEST</c>, <c>PIN_REQUEST_SUCCESS</c>, ...</summary>
    public string? Event { get; internal init; }

    /// <summary>Who asked (<c>requester</c>).</summary>
    public string? Requester { get; internal init; }
}
