using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.AspNetCore.Tests.Diagnostics;

/// <summary>
/// A message sent through the SDK (to the emulator) while tracing, then its status webhook posted to the endpoint twice:
/// the receipt and each event's handling are spans, the handling links to the send's span, the redelivery is a duplicate.
/// </summary>
public sealed class WebhookTracingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_StatusOfATracedSend_ProcessSpanLinksToTheSendSpanAndTheRedeliveryIsCountedAsDuplicate()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "CloudApi.Sdk",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions(), Ct);
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = emulator.Options.AccessTokens[0];
            o.PhoneNumberId = emulator.Options.PhoneNumbers[0].Id;
            o.BaseAddress = emulator.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();
        var sent = await provider.GetRequiredService<IWhatsAppClient>().Messages.SendTextAsync("+15550001111", "hello", cancellationToken: Ct);
        var send = Assert.Single(stopped, a => sent.MessageId.Equals(a.GetTagItem("messaging.message.id")) && a.DisplayName == "send text");
        await using var host = await WebhookHost.StartAsync();
        using var meters = new WebhookMeasurements(host.App.Services.GetRequiredService<IMeterFactory>());

        var first = await host.PostSignedAsync(Payloads.Statuses((sent.MessageId, "delivered")));
        var again = await host.PostSignedAsync(Payloads.Statuses((sent.MessageId, "delivered")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var processed = stopped.Where(a => a.DisplayName == "process MessageStatusUpdate" && sent.MessageId.Equals(a.GetTagItem("messaging.message.id"))).ToList();
        Assert.Equal(2, processed.Count);
        Assert.All(processed, p =>
        {
            Assert.Equal(ActivityKind.Consumer, p.Kind);
            Assert.Equal("process", p.GetTagItem("messaging.operation.type"));
            Assert.Equal(send.Context.SpanId, Assert.Single(p.Links).Context.SpanId);
            var receipt = Assert.Single(stopped, a => a.SpanId == p.ParentSpanId);
            Assert.Equal("whatsapp receive", receipt.DisplayName);
            Assert.Equal(1, receipt.GetTagItem("messaging.batch.message_count"));
            Assert.Equal(200, receipt.GetTagItem("http.response.status_code"));
        });
        Assert.Null(processed[0].GetTagItem("whatsapp.webhook.duplicate"));
        Assert.Equal(true, processed[1].GetTagItem("whatsapp.webhook.duplicate"));
        Assert.Equal(2, meters.Count("whatsapp.webhook.events.received"));
        Assert.Equal(1, meters.Count("whatsapp.webhook.events.deduplicated"));
        Assert.Equal(0, meters.Count("whatsapp.webhook.events.failed"));
    }

    [Fact]
    public async Task Post_HandlerThrows_EventSpanFailsAndIsCountedAsFailed()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "CloudApi.Sdk",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.On<CloudApi.Sdk.Webhooks.TextMessageReceived>((_, _, _) => throw new InvalidOperationException("boom")));
        using var meters = new WebhookMeasurements(host.App.Services.GetRequiredService<IMeterFactory>());
        var id = "wamid.tracing-" + Guid.NewGuid().ToString("N");

        var response = await host.PostSignedAsync(Payloads.Text(id, "hi"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var receipt = Assert.Single(stopped, a => a.DisplayName == "whatsapp receive" && stopped.Any(p => p.ParentSpanId == a.SpanId && p.DisplayName == "process TextMessageReceived"
            && p.Status == ActivityStatusCode.Error));
        Assert.Equal(ActivityStatusCode.Error, receipt.Status);
        Assert.Equal(1, meters.Count("whatsapp.webhook.events.failed"));
    }

    /// <summary>Sums the webhook counters of one host's meter factory.</summary>
    private sealed class WebhookMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, long> _counts = new();

        public WebhookMeasurements(IMeterFactory factory)
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "CloudApi.Sdk" && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _counts.AddOrUpdate(instrument.Name, value, (_, old) => old + value));
            _listener.Start();
        }

        public long Count(string instrument) => _counts.GetValueOrDefault(instrument);

        public void Dispose() => _listener.Dispose();
    }
}
