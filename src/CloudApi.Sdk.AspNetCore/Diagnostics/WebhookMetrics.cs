using System.Diagnostics.Metrics;
using CloudApi.Sdk.Diagnostics;

namespace CloudApi.Sdk.AspNetCore.Diagnostics;

/// <summary>
/// The webhook endpoint's instruments on the <c>CloudApi.Sdk</c> meter: events received, dropped as duplicates, failed
/// (a handler threw), by event type; and the in-memory inbox's depth.
/// </summary>
internal sealed class WebhookMetrics : IDisposable
{
    private const string EventType = "whatsapp.webhook.event_type";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _received;
    private readonly Counter<long> _deduplicated;
    private readonly Counter<long> _failed;

    public WebhookMetrics(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(WhatsAppDiagnostics.MeterName) ?? new Meter(WhatsAppDiagnostics.MeterName);
        _received = _meter.CreateCounter<long>("whatsapp.webhook.events.received", "{event}", "Webhook events received in signed, parsed notifications.");
        _deduplicated = _meter.CreateCounter<long>("whatsapp.webhook.events.deduplicated", "{event}", "Webhook events skipped because they were already handled (a redelivery).");
        _failed = _meter.CreateCounter<long>("whatsapp.webhook.events.failed", "{event}", "Webhook events a handler failed on (Meta delivers them again in inline mode).");
    }

    public void Received(string eventType) => Add(_received, eventType);

    public void Deduplicated(string eventType) => Add(_deduplicated, eventType);

    public void Failed(string eventType) => Add(_failed, eventType);

    /// <summary>Publishes <c>whatsapp.webhook.queue.depth</c>: the notifications waiting in the in-memory inbox.</summary>
    public void ObserveQueue(Func<int> depth) =>
        _meter.CreateObservableGauge("whatsapp.webhook.queue.depth", depth, "{notification}", "Notifications waiting in the in-memory webhook inbox.");

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private static void Add(Counter<long> counter, string eventType)
    {
        if (counter.Enabled)
        {
            counter.Add(1, new KeyValuePair<string, object?>(EventType, eventType));
        }
    }
}
