using CloudApi.Sdk.Webhooks;
using static CloudApi.Sdk.Tests.Webhooks.WebhookPayloads;

namespace CloudApi.Sdk.Tests.Calling;

/// <summary>The <c>calls</c> webhooks as Meta's Calling documentation shows them, beyond the parser's own tests.</summary>
public sealed class CallWebhookTests
{
    private const string Metadata = """ "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"} """;

    [Fact]
    public void Parse_BusinessCallRejected_IsCallStatusUpdateWithCallbackData()
    {
        var status = Single<CallStatusUpdate>(Envelope(WebhookFields.Calls, $$$"""
            { {{{Metadata}}},"statuses":[{"id":"wacid.ABGGFjFVU2AfAgo6V","timestamp":"1749416383","type":"call","status":"REJECTED","recipient_id":"16505551234","biz_opaque_callback_data":"order-12853"}]}
            """));

        Assert.Equal(("wacid.ABGGFjFVU2AfAgo6V", "REJECTED", "16505551234", "order-12853"), (status.CallId, status.Status, status.RecipientId, status.BizOpaqueCallbackData));
    }

    [Fact]
    public void Parse_BusinessCallAnswered_ConnectCarriesTheUsersSdpAnswer()
    {
        var connect = Single<CallConnect>(Envelope(WebhookFields.Calls, $$$"""
            { {{{Metadata}}},"calls":[{"id":"wacid.B","to":"16505551234","from":"15550783881","event":"connect","timestamp":"1749416390",
              "direction":"BUSINESS_INITIATED","session":{"sdp_type":"answer","sdp":"v=0\r\ns=-\r\n"}}]}
            """));

        Assert.Equal(("BUSINESS_INITIATED", "answer"), (connect.Direction, connect.Session!.SdpType));
    }

    [Fact]
    public void Parse_PermanentPermissionReply_HasNoExpiry()
    {
        var reply = Single<CallPermissionReplyReceived>(Message("interactive", """
            "interactive":{"type":"call_permission_reply","call_permission_reply":{"response":"accept","is_permanent":true,"response_source":"automatic"}}
            """));

        Assert.Equal((true, (bool?)true, (DateTimeOffset?)null, "automatic"), (reply.IsAccepted, reply.IsPermanent, reply.ExpiresAt, reply.ResponseSource));
    }
}
