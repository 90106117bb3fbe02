using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Tests.Conversations;

/// <summary>Routes through the real endpoint: first match in registration order, else the fallback; observers see everything.</summary>
public sealed partial class RoutingTests
{
    private readonly ConcurrentQueue<string> _ran = new();

    [Theory]
    [InlineData("/order 42", "order")]
    [InlineData("  /ORDER 7", "order")]
    [InlineData("help", "help")]
    [InlineData("track AB-123", "regex")]
    [InlineData("anything", "text")]
    public async Task TextRoutes_FirstMatchingRouteInRegistrationOrderRunsAlone(string body, string expected)
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: webhooks => webhooks
            .OnMessage(MessageFilter.TextStartsWith("/order"), Record<TextMessageReceived>("order"))
            .OnMessage(MessageFilter.TextEquals("HELP"), Record<TextMessageReceived>("help"))
            .OnText(Tracking(), Record<TextMessageReceived>("regex"))
            .OnText(Record<TextMessageReceived>("text"))
            .OnText(_ => true, Record<TextMessageReceived>("never: an earlier route takes every text"))
            .Fallback(Record<InboundMessage>("fallback")));

        var response = await host.PostSignedAsync(Payloads.Text("wamid.r1", body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], _ran);
        Assert.Single(host.Recorder.Events); // observers still see the message
    }

    [Theory]
    [InlineData("""{"type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"confirm","title":"Yes"}}}""", "button confirm")]
    [InlineData("""{"type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"other","title":"No"}}}""", "fallback")]
    [InlineData("""{"type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"row-2","title":"Two"}}}""", "list row-2")]
    [InlineData("""{"type":"interactive","interactive":{"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent","response_json":"{\"flow_token\":\"signup-7\"}"}}}""", "flow signup-7")]
    [InlineData("""{"type":"image","image":{"id":"m1","mime_type":"image/jpeg"}}""", "image")]
    [InlineData("""{"type":"location","location":{"latitude":1.5,"longitude":2.5}}""", "from vip")]
    [InlineData("""{"type":"sticker","sticker":{"id":"s1"}}""", "fallback")]
    public async Task TypedRoutes_ReplyIdsFlowTokenTypeAndSender_RouteToTheirHandler(string message, string expected)
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: webhooks => webhooks
            .OnButtonReply("confirm", Record<ButtonReplyReceived>("button confirm"))
            .OnListReply("row-2", Record<ListReplyReceived>("list row-2"))
            .OnFlowReply("signup-7", Record<FlowReplyReceived>("flow signup-7"))
            .OnMessage<ImageMessageReceived>(Record<ImageMessageReceived>("image"))
            .OnMessage(MessageFilter.OfType<LocationMessageReceived>().From("+1 (650) 555-1234"), Record<LocationMessageReceived>("from vip"))
            .Fallback(Record<InboundMessage>("fallback")));

        await host.PostSignedAsync(Message(message));

        Assert.Equal([expected], _ran);
    }

    [Fact]
    public async Task Routes_StatusesAndOtherEvents_PassByTheRouter()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: webhooks => webhooks.Fallback(Record<InboundMessage>("fallback")));

        await host.PostSignedAsync(Payloads.Statuses(("wamid.s1", "delivered")));

        Assert.Empty(_ran);
        Assert.Single(host.Recorder.Events);
    }

    [Fact]
    public async Task Fallback_RegisteredTwice_TheLastOneRuns()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: webhooks => webhooks
            .Fallback(Record<InboundMessage>("first"))
            .Fallback(Record<InboundMessage>("second")));

        await host.PostSignedAsync(Payloads.Text("wamid.f1", "hi"));

        Assert.Equal(["second"], _ran);
    }

    [Fact]
    public async Task Route_HandlerThrows_Answers500SoMetaDeliversAgain()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: webhooks => webhooks.OnText((_, _) => throw new InvalidOperationException("boom")));

        var response = await host.PostSignedAsync(Payloads.Text("wamid.x1", "hi"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private Func<InboundMessageContext<T>, CancellationToken, Task> Record<T>(string name)
        where T : InboundMessage => (context, _) =>
        {
            Assert.Equal("106540352242922", context.Message.PhoneNumberId);
            _ran.Enqueue(name);
            return Task.CompletedTask;
        };

    private static string Message(string message) => $$"""
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
          "messages":[{"from":"16505551234","id":"wamid.t1","timestamp":"1749416383",{{message[1..^1]}}}]},"field":"messages"}]}]}
        """;

    [GeneratedRegex(@"^track [A-Z]{2}-\d+$", RegexOptions.None, 1000)]
    private static partial Regex Tracking();
}
