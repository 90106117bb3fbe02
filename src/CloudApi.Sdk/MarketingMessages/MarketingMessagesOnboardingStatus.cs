using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.MarketingMessages;

/// <summary>
/// Whether a WhatsApp Business Account can send through the Marketing Messages API
/// (<c>marketing_messages_onboarding_status</c>). String-backed: Meta's list of states grows, and an unknown one is kept.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<MarketingMessagesOnboardingStatus>))]
public readonly partial struct MarketingMessagesOnboardingStatus
{
    /// <summary><c>ONBOARDED</c>: the account sends through the Marketing Messages API.</summary>
    public static MarketingMessagesOnboardingStatus Onboarded { get; } = new("ONBOARDED");

    /// <summary><c>PENDING</c>: onboarding was requested and is not complete (terms not yet accepted, or syncing).</summary>
    public static MarketingMessagesOnboardingStatus Pending { get; } = new("PENDING");

    /// <summary><c>NOT_STARTED</c>: the account was never onboarded; sends fail with 134102.</summary>
    public static MarketingMessagesOnboardingStatus NotStarted { get; } = new("NOT_STARTED");
}
