using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.MarketingMessages.Wire;

/// <summary>The answer of <c>GET /{waba-id}?fields=marketing_messages_onboarding_status</c>.</summary>
internal sealed class MarketingMessagesOnboardingWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public MarketingMessagesOnboardingStatus? MarketingMessagesOnboardingStatus { get; set; }
}
