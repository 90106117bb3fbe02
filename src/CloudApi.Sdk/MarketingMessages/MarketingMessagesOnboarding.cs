using CloudApi.Sdk.Http;
using CloudApi.Sdk.MarketingMessages.Wire;

namespace CloudApi.Sdk.MarketingMessages;

/// <summary>A WhatsApp Business Account's Marketing Messages API onboarding (<c>marketing_messages_onboarding_status</c>).</summary>
public sealed class MarketingMessagesOnboarding : GraphResult
{
    internal MarketingMessagesOnboarding(string businessAccountId, MarketingMessagesOnboardingStatus? status, GraphSource source)
        : base(source)
    {
        BusinessAccountId = businessAccountId;
        Status = status;
    }

    internal MarketingMessagesOnboarding(MarketingMessagesOnboardingWire wire, string businessAccountId, GraphSource source)
        : this(wire.Id ?? businessAccountId, wire.MarketingMessagesOnboardingStatus, source)
    {
    }

    /// <summary>The account's id (<c>id</c>).</summary>
    public string BusinessAccountId { get; }

    /// <summary>The onboarding status, or <see langword="null"/> when Meta sent none (the account is not eligible to ask).</summary>
    public MarketingMessagesOnboardingStatus? Status { get; }

    /// <summary>Whether the account sends through the Marketing Messages API (<see cref="MarketingMessagesOnboardingStatus.Onboarded"/>).</summary>
    public bool IsOnboarded => Status == MarketingMessagesOnboardingStatus.Onboarded;
}
