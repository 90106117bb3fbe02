using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CloudApi.Sdk.Diagnostics;

/// <summary>
/// The client's instruments on the <c>CloudApi.Sdk</c> meter: the duration of every Graph call by operation and outcome,
/// and the messages sent by outcome (accepted, failed, unknown). Instruments record only while a listener is enabled.
/// </summary>
internal sealed class WhatsAppClientMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _messages;

    public WhatsAppClientMetrics(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(WhatsAppDiagnostics.MeterName) ?? new Meter(WhatsAppDiagnostics.MeterName);
        _duration = _meter.CreateHistogram<double>(
            "whatsapp.client.operation.duration", "s", "Duration of a Graph API call, limiter waits and retries included, by operation and outcome.",
            tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });
        _messages = _meter.CreateCounter<long>("whatsapp.client.sent.messages", "{message}", "Messages sent, by outcome: accepted by Meta, failed, or outcome unknown.");
    }

    /// <summary>Whether any instrument is listened to (else the caller skips timing the call).</summary>
    public bool Enabled => _duration.Enabled || _messages.Enabled;

    /// <summary>Records a finished call: <paramref name="outcome"/> is <c>success</c>, <c>failure</c> or <c>unknown</c>.</summary>
    public void Completed(string operation, string outcome, string? errorType, string? phoneNumberId, TimeSpan duration)
    {
        if (_duration.Enabled)
        {
            var tags = new TagList { { TelemetryTags.Operation, operation }, { TelemetryTags.Outcome, outcome } };
            if (errorType is not null)
            {
                tags.Add(TelemetryTags.ErrorType, errorType);
            }

            _duration.Record(duration.TotalSeconds, tags);
        }

        if (phoneNumberId is not null && _messages.Enabled)
        {
            var tags = new TagList
            {
                { TelemetryTags.MessagingDestinationName, phoneNumberId },
                { TelemetryTags.Outcome, outcome switch { "success" => "accepted", "unknown" => "unknown", _ => "failed" } },
            };
            if (errorType is not null)
            {
                tags.Add(TelemetryTags.ErrorType, errorType);
            }

            _messages.Add(1, tags);
        }
    }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
