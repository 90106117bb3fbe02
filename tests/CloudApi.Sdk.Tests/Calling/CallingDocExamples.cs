using CloudApi.Sdk.Calling;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Templates;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Calling;

// docs: media
/// <summary>The application's media stack (WebRTC, a SIP gateway, ...): the SDK never touches media.</summary>
public interface ICallMediaEngine
{
    /// <summary>Opens a media session for the user's offer and returns the local SDP answer.</summary>
    Task<string> AnswerAsync(string callId, string sdpOffer, CancellationToken cancellationToken);

    /// <summary>Closes the call's media session.</summary>
    Task CloseAsync(string callId);
}
// docs: end

/// <summary>The examples of docs/calling.md, compiled and run against the emulator.</summary>
public sealed class CallingDocExamples
{
    // docs: receive
    internal static async Task OnCallEventAsync(IWhatsAppClient client, ICallMediaEngine media, WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        switch (webhookEvent)
        {
            case CallConnect { Direction: "USER_INITIATED", Session: { SdpType: "offer", Sdp: { } offer } } call:
                var answer = new SdpAnswer(await media.AnswerAsync(call.CallId, offer, cancellationToken));
                await client.Calls.PreAcceptAsync(call.CallId, answer, cancellationToken: cancellationToken);
                await client.Calls.AcceptAsync(call.CallId, answer, new CallRequestOptions { BizOpaqueCallbackData = "support-line" }, cancellationToken);
                break;
            case CallTerminate end:
                await media.CloseAsync(end.CallId);
                Console.WriteLine($"{end.CallId}: {end.Status} after {end.Duration ?? TimeSpan.Zero}");
                break;
        }
    }
    // docs: end

    // docs: hang up
    internal static async Task HangUpAsync(IWhatsAppClient client, ICallMediaEngine media, string callId, CancellationToken cancellationToken)
    {
        await client.Calls.TerminateAsync(callId, cancellationToken: cancellationToken);
        await media.CloseAsync(callId);
    }
    // docs: end

    // docs: call the user
    internal static async Task<string?> CallUserAsync(IWhatsAppClient client, string user, string sdpOffer, CancellationToken cancellationToken)
    {
        CallPermissions permissions = await client.Calls.GetCallPermissionsAsync(user, cancellationToken: cancellationToken);
        if (!permissions.CanStartCall)
        {
            if (permissions.CanSendPermissionRequest)
            {
                await client.Messages.SendAsync(user, new CallPermissionRequestMessage("May we call you about your order ON-12853?"), cancellationToken: cancellationToken);
            }

            return null;
        }

        ConnectCallResult call = await client.Calls.ConnectAsync(user, new SdpOffer(sdpOffer), new CallRequestOptions { BizOpaqueCallbackData = "order-12853" }, cancellationToken);
        return call.CallId;
    }
    // docs: end

    [Fact]
    public async Task Examples_AgainstTheEmulator_Work()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = graph.Emulator.BaseAddress };
        var media = new RecordingMediaStack();
        using var incoming = await http.PostAsync("_emulator/calls/incoming", new StringContent("""{"from":"16505551234","name":"Ana"}""", System.Text.Encoding.UTF8, "application/json"), ct);
        var callId = System.Text.Json.Nodes.JsonNode.Parse(await incoming.Content.ReadAsStringAsync(ct))!["id"]!.GetValue<string>();
        var notification = WhatsAppWebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes($$$"""
            {"object":"whatsapp_business_account","entry":[{"id":"{{{EmulatedGraph.BusinessAccountId}}}","changes":[{"field":"calls","value":{"messaging_product":"whatsapp",
              "metadata":{"display_phone_number":"15550000001","phone_number_id":"{{{EmulatedGraph.PhoneNumberId}}}"},
              "calls":[{"id":"{{{callId}}}","from":"16505551234","to":"15550000001","event":"connect","timestamp":"1772366400","direction":"USER_INITIATED",
                "session":{"sdp_type":"offer","sdp":"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n"}}]}}]}]}
            """).AsSpan());

        await OnCallEventAsync(graph.Client, media, Assert.Single(notification.Events), ct);
        graph.Time.Advance(TimeSpan.FromSeconds(30));
        await HangUpAsync(graph.Client, media, callId, ct);
        var notCalled = await CallUserAsync(graph.Client, "16505551234", "v=0\r\ns=-\r\n", ct);

        Assert.Equal([callId], media.Answered);
        Assert.Equal([callId], media.Closed);
        Assert.Null(notCalled);
    }

    private sealed class RecordingMediaStack : ICallMediaEngine
    {
        public List<string> Answered { get; } = [];

        public List<string> Closed { get; } = [];

        public Task<string> AnswerAsync(string callId, string sdpOffer, CancellationToken cancellationToken)
        {
            Answered.Add(callId);
            return Task.FromResult("v=0\r\no=- 2 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n");
        }

        public Task CloseAsync(string callId)
        {
            Closed.Add(callId);
            return Task.CompletedTask;
        }
    }
}
