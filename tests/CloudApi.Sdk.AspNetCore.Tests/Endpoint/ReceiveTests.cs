using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Tests.Endpoint;

public class ReceiveTests
{
    [Fact]
    public async Task Post_ValidSignature_Returns200AfterHandlersSawEveryEvent()
    {
        await using var host = await WebhookHost.StartAsync();

        var response = await host.PostSignedAsync(Payloads.Kitchen);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Inline mode: the handlers ran before the answer, so the events are there without waiting.
        var events = host.Recorder.Events;
        Assert.Equal(16, events.Count);
        Assert.Equal("hi", Assert.IsType<TextMessageReceived>(events[0]).Body);
        Assert.IsType<UnknownWebhookEvent>(events[^1]);
    }

    [Fact]
    public async Task Post_MissingSignature_Returns401AndHandlesNothing()
    {
        await using var host = await WebhookHost.StartAsync();

        var response = await host.PostAsync(Payloads.Bytes(Payloads.Text("wamid.A", "hi")), signature: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Recorder.Events);
    }

    [Theory]
    [InlineData("another-secret")]
    [InlineData("")]
    public async Task Post_WrongSignature_Returns401AndHandlesNothing(string secret)
    {
        await using var host = await WebhookHost.StartAsync();
        var body = Payloads.Bytes(Payloads.Text("wamid.A", "hi"));
        var signature = secret.Length > 0 ? Payloads.Sign(body, secret) : "sha256=not-hex";

        var response = await host.PostAsync(body, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Recorder.Events);
    }

    [Fact]
    public async Task Post_SignatureOfAnotherBody_Returns401()
    {
        await using var host = await WebhookHost.StartAsync();
        var signed = Payloads.Bytes(Payloads.Text("wamid.A", "hi"));
        var sent = Payloads.Bytes(Payloads.Text("wamid.A", "hj"));

        var response = await host.PostAsync(sent, Payloads.Sign(signed, WebhookHost.AppSecret));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_UpperCaseHexSignature_Returns200()
    {
        await using var host = await WebhookHost.StartAsync();
        var body = Payloads.Bytes(Payloads.Text("wamid.A", "hi"));
        var signature = "sha256=" + Payloads.Sign(body, WebhookHost.AppSecret)["sha256=".Length..].ToUpperInvariant();

        var response = await host.PostAsync(body, signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedWithRotatedOutSecret_AcceptedWhileListed()
    {
        await using var host = await WebhookHost.StartAsync(o => o.AdditionalAppSecrets.Add("previous-secret"));
        var body = Payloads.Bytes(Payloads.Text("wamid.OLD", "hi"));

        var old = await host.PostAsync(body, Payloads.Sign(body, "previous-secret"));
        var unknown = await host.PostAsync(body, Payloads.Sign(body, "never-configured"));

        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("wamid.OLD", Assert.IsType<TextMessageReceived>(Assert.Single(host.Recorder.Events)).Id);
    }

    [Fact]
    public async Task Post_NonAsciiBody_VerifiedOverRawUtf8Bytes()
    {
        await using var host = await WebhookHost.StartAsync();

        var response = await host.PostSignedAsync(Payloads.Text("wamid.U", "Olá, 世界 👋"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Olá, 世界 👋", Assert.IsType<TextMessageReceived>(Assert.Single(host.Recorder.Events)).Body);
    }

    [Fact]
    public async Task Post_MalformedJsonWithValidSignature_Returns400()
    {
        await using var host = await WebhookHost.StartAsync();

        var response = await host.PostSignedAsync("""{"object":"whatsapp_business_account","entry":[""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Recorder.Events);
    }

    [Fact]
    public async Task Post_ContentLengthBeyondLimit_Returns413()
    {
        await using var host = await WebhookHost.StartAsync(o => o.MaxBodySize = 2048);
        var body = Payloads.Bytes(Payloads.Text("wamid.BIG", new string('a', 4096)));

        var response = await host.PostAsync(body, Payloads.Sign(body, WebhookHost.AppSecret));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Recorder.Events);
    }

    [Fact]
    public async Task Post_ChunkedBodyBeyondLimitWithoutContentLength_Returns413()
    {
        await using var host = await WebhookHost.StartAsync(o => o.MaxBodySize = 2048);
        var body = Payloads.Bytes(Payloads.Text("wamid.BIG", new string('a', 4096)));
        var content = new StreamContent(new NonSeekableStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", Payloads.Sign(body, WebhookHost.AppSecret));

        var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Recorder.Events);
    }

    [Fact]
    public async Task Post_BodyAtTheLimit_Accepted()
    {
        var json = Payloads.Text("wamid.EDGE", "edge");
        await using var host = await WebhookHost.StartAsync(o => o.MaxBodySize = Math.Max(1024, Encoding.UTF8.GetByteCount(json)));
        json = json.PadRight(Math.Max(1024, Encoding.UTF8.GetByteCount(json)));

        var response = await host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_SameDeliveryTwice_HandledOnce()
    {
        await using var host = await WebhookHost.StartAsync();
        var json = Payloads.Text("wamid.DUP", "hello");

        var first = await host.PostSignedAsync(json);
        var second = await host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(host.Recorder.Events);
    }

    [Fact]
    public async Task Post_StatusesOfOneMessage_DedupedPerStatus()
    {
        await using var host = await WebhookHost.StartAsync();

        await host.PostSignedAsync(Payloads.Statuses(("wamid.S", "sent"), ("wamid.S", "delivered")));
        await host.PostSignedAsync(Payloads.Statuses(("wamid.S", "delivered"), ("wamid.S", "read")));

        Assert.Equal(["sent", "delivered", "read"], host.Recorder.Events.Cast<MessageStatusUpdate>().Select(s => s.Status.Value));
    }

    [Fact]
    public async Task Post_DeduplicationOff_HandledEachTime()
    {
        await using var host = await WebhookHost.StartAsync(o => o.Deduplicate = false);
        var json = Payloads.Text("wamid.DUP", "hello");

        await host.PostSignedAsync(json);
        await host.PostSignedAsync(json);

        Assert.Equal(2, host.Recorder.Events.Count);
    }

    [Fact]
    public async Task Post_ThrowingHandler_OtherHandlersAndEventsStillRunErrorIsLoggedAndAnswerIs500()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w
            .OnMessage<TextMessageReceived>((m, _, _) => m.Body == "first" ? throw new InvalidOperationException("boom") : Task.CompletedTask));

        var response = await host.PostSignedAsync(Payloads.TwoTexts("wamid.T1", "wamid.T2"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(["wamid.T1", "wamid.T2"], host.Recorder.Events.Cast<InboundMessage>().Select(m => m.Id));
        var error = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("boom", error.Exception?.Message);
        Assert.Contains("On<TextMessageReceived>", error.Message, StringComparison.Ordinal);
        Assert.Contains("wamid.T1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TypedDelegates_SeeOnlyTheirEventType()
    {
        var texts = new List<string>();
        var statuses = new List<string>();
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w
            .OnMessage<TextMessageReceived>((m, _, _) => { texts.Add(m.Body); return Task.CompletedTask; })
            .OnStatus((s, _, _) => { statuses.Add(s.Status.Value); return Task.CompletedTask; }));

        await host.PostSignedAsync(Payloads.Kitchen);

        Assert.Equal(["hi"], texts);
        Assert.Equal(["failed"], statuses);
    }

    [Fact]
    public async Task Post_HandlerClassFromDi_ReceivesEventsWithScopedServices()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.AddHandler<CountingHandler>(),
            configureServices: s => s.AddSingleton<Counter>());

        await host.PostSignedAsync(Payloads.TwoTexts("wamid.H1", "wamid.H2"));

        Assert.Equal(2, host.App.Services.GetRequiredService<Counter>().Value);
    }

    [Fact]
    public async Task Logs_NeverContainTheSecretOrVerifyToken()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w
            .OnMessage<TextMessageReceived>((_, _, _) => throw new InvalidOperationException("handler failed")));
        var body = Payloads.Bytes(Payloads.Text("wamid.L", "x"));

        await host.PostAsync(body, Payloads.Sign(body, "wrong"));
        await host.PostAsync(body, null);
        await host.PostSignedAsync(Payloads.Text("wamid.L", "x"));
        await host.Client.GetAsync("/webhook?hub.mode=subscribe&hub.challenge=1&hub.verify_token=bad", TestContext.Current.CancellationToken);

        Assert.NotEmpty(host.Logs.Entries);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(WebhookHost.AppSecret, StringComparison.Ordinal)
            || e.Message.Contains(WebhookHost.VerifyToken, StringComparison.Ordinal));
    }

    internal sealed class Counter
    {
        private int _value;

        public int Value => _value;

        public void Increment() => Interlocked.Increment(ref _value);
    }

    internal sealed class CountingHandler(Counter counter) : IWhatsAppWebhookHandler
    {
        public Task HandleAsync(WebhookEvent webhookEvent, WebhookContext context, CancellationToken cancellationToken)
        {
            if (webhookEvent is TextMessageReceived)
            {
                counter.Increment();
            }

            return Task.CompletedTask;
        }
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
