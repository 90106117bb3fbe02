using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.MarketingMessages.Wire;

/// <summary>The answer of <c>POST /{business-id}/onboard_partners_to_mm_lite</c>: <c>{"request_id":"1234567890123456"}</c>.</summary>
internal sealed class MarketingMessagesOnboardingRequestWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RequestId { get; set; }
}
