using System.Diagnostics;
using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Tests.RateLimiting;

namespace CloudApi.Sdk.Tests.Diagnostics;

/// <summary>The spans of a send through the real pipeline (loopback HTTP, the limiter on fake time), as an exporter sees them.</summary>
public sealed class SendTracingTests
{
    private const string Alice = "+16505551234";
    private const string WamId = "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_WaitingForItsPairSlot_HasAPairWaitSpanAsLongAsTheWait()
    {
        using var recorder = new ActivityRecorder();
        using var graph = new LimitedGraph(o => o.PairBurst = 1).AcceptMessages();
        using var root = ActivityRecorder.StartRoot();

        await graph.Messages.SendTextAsync(Alice, "first", cancellationToken: Ct);
        var second = graph.Messages.SendTextAsync(Alice, "second", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(6));
        graph.Time.Advance(TimeSpan.FromSeconds(6));
        await second;

        var spans = recorder.Of(root);
        var sends = spans.Where(s => s.DisplayName == "send text").ToList();
        Assert.Equal(2, sends.Count);
        var wait = Assert.Single(spans, s => s.DisplayName == "rate_limit pair");
        Assert.Equal(TimeSpan.FromSeconds(6), wait.Duration);
        Assert.Equal("pair", wait.GetTagItem("whatsapp.rate_limit.reason"));
        var waiting = Assert.Single(sends, s => s.SpanId == wait.ParentSpanId);
        Assert.Equal(TimeSpan.FromSeconds(6), waiting.Duration);
        Assert.Equal(ActivityKind.Producer, waiting.Kind);
        Assert.Equal("whatsapp", waiting.GetTagItem("messaging.system"));
        Assert.Equal("send", waiting.GetTagItem("messaging.operation.type"));
        Assert.Equal(LimitedGraph.PhoneNumberId, waiting.GetTagItem("messaging.destination.name"));
        Assert.Equal(WamId, waiting.GetTagItem("messaging.message.id"));
        Assert.Equal(200, waiting.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Unset, waiting.Status);
    }

    [Fact]
    public async Task SendAsync_RefusedWith131056ThenAccepted_HasARetryEventAndABackoffWaitSpan()
    {
        using var recorder = new ActivityRecorder();
        using var graph = new LimitedGraph().FailThenAccept(WhatsAppErrorCodes.PairRateLimit, times: 1);
        using var root = ActivityRecorder.StartRoot();

        var send = graph.Messages.SendTextAsync(Alice, "hello", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        graph.Time.Advance(TimeSpan.FromSeconds(1));
        await send;

        var spans = recorder.Of(root);
        var span = Assert.Single(spans, s => s.DisplayName == "send text");
        var retry = Assert.Single(span.Events, e => e.Name == "whatsapp.retry");
        var tags = retry.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal("throttling", tags["whatsapp.retry.reason"]);
        Assert.Equal("131056", tags["error.type"]);
        Assert.Equal(1, tags["whatsapp.retry.attempt"]);
        Assert.Equal(1.0, tags["whatsapp.retry.delay"]);
        var backoff = Assert.Single(spans, s => s.DisplayName == "rate_limit backoff");
        Assert.Equal(span.SpanId, backoff.ParentSpanId);
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Duration);
        Assert.Equal(WamId, span.GetTagItem("messaging.message.id"));
    }

    [Fact]
    public async Task SendAsync_AlwaysRefused_SpanFailsWithTheGraphCodeAsErrorType()
    {
        using var recorder = new ActivityRecorder();
        using var graph = new GraphServer();
        graph.Answer(400, LimitedGraph.Error(WhatsAppErrorCodes.ReEngagementRequired));
        using var root = ActivityRecorder.StartRoot();

        await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.SendTextAsync(Alice, "hello", cancellationToken: Ct));

        var span = Assert.Single(recorder.Of(root));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("131047", span.GetTagItem("error.type"));
        Assert.Equal(400, span.GetTagItem("http.response.status_code"));
        Assert.Null(span.GetTagItem("messaging.message.id"));
    }

    [Fact]
    public async Task EverySpan_OfSendsRetriesFailuresAndCalls_HoldsNoTokenNoContentNoRecipient()
    {
        using var recorder = new ActivityRecorder();
        using var graph = new LimitedGraph().FailThenAccept(WhatsAppErrorCodes.PairRateLimit, times: 1);
        using var metrics = new MeasurementRecorder(graph.Services);
        using var root = ActivityRecorder.StartRoot();

        var send = graph.Messages.SendTextAsync(Alice, "secret-content-7", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        graph.Time.Advance(TimeSpan.FromSeconds(1));
        await send;
        await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.PhoneNumbers.GetAsync(cancellationToken: Ct));

        var spans = recorder.Of(root);
        Assert.Contains(spans, s => s.DisplayName == "phone_numbers.get" && s.Status == ActivityStatusCode.Error);
        var exported = spans.SelectMany(ActivityRecorder.ExportedValues).Concat(metrics.ExportedValues).ToList();
        Assert.NotEmpty(metrics.ExportedValues);
        Assert.DoesNotContain(exported, value => value.Contains(GraphServer.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(exported, value => value.Contains("Bearer", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(exported, value => value.Contains("secret-content-7", StringComparison.Ordinal));
        Assert.DoesNotContain(exported, value => value.Contains("6505551234", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_RecordRecipientsInTelemetry_SpanNamesTheRecipient()
    {
        using var recorder = new ActivityRecorder();
        using var graph = new GraphServer(o => o.RecordRecipientsInTelemetry = true).AcceptMessages();
        using var root = ActivityRecorder.StartRoot();

        await graph.Messages.SendTextAsync(Alice, "hello", cancellationToken: Ct);

        Assert.Equal(Alice, Assert.Single(recorder.Of(root)).GetTagItem("whatsapp.recipient"));
    }
}
