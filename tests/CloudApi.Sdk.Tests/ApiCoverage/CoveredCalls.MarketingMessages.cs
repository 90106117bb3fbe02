using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    static partial void AddMarketingMessages(List<CoveredCall> calls)
    {
        calls.Add(new(
            "POST /{Phone-Number-ID}/marketing_messages",
            "IMarketingMessagesClient.SendAsync",
            (client, ct) => client.MarketingMessages.SendAsync("+16315552222", new TemplateMessage("hello_world", "en"), cancellationToken: ct),
            """{"contacts":[{"input":"16315552222","wa_id":"16315552222"}],"messages":[{"id":"wamid.gBGGSFcCNEOPAgkO_KJ55r4w_ww","message_status":"accepted"}],"messaging_product":"whatsapp"}"""));
        calls.Add(new(
            "POST /{Business-ID}/onboard_partners_to_mm_lite",
            "IMarketingMessagesClient.RequestOnboardingAsync",
            (client, ct) => client.MarketingMessages.RequestOnboardingAsync("1234567890123456", cancellationToken: ct),
            """{"request_id":"1234567890123456"}"""));
    }
}
