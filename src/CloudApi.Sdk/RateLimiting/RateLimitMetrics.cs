using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>The limiter's instruments on the <c>CloudApi.Sdk</c> meter, tagged with the sending phone-number id.</summary>
internal sealed class RateLimitMetrics : IDisposable
{
    public const string MeterName = "CloudApi.Sdk";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _sends;
    private readonly Histogram<double> _wait;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _retries;

    public RateLimitMetrics(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _sends = _meter.CreateCounter<long>("cloudapi.sdk.ratelimit.sends", "{message}", "Message sends that passed the rate limiter.");
        _wait = _meter.CreateHistogram<double>("cloudapi.sdk.ratelimit.wait", "s", "Time a send waited for its slot, per limit (pair, throughput, backoff).");
        _rejections = _meter.CreateCounter<long>("cloudapi.sdk.ratelimit.rejections", "{message}", "Sends refused before sending: pair limit in fail-fast mode, or a full queue.");
        _retries = _meter.CreateCounter<long>("cloudapi.sdk.ratelimit.retries", "{retry}", "Sends retried after Meta answered a throttling error (131056, 130429, 4, 80007).");
    }

    public void Sent(string phoneNumberId)
    {
        // Called on every send: without a listener, not even the tag is built.
        if (_sends.Enabled)
        {
            _sends.Add(1, new KeyValuePair<string, object?>("phone_number_id", phoneNumberId));
        }
    }

    public void Waited(string phoneNumberId, string limit, TimeSpan wait)
    {
        if (_wait.Enabled)
        {
            var tags = new TagList { { "phone_number_id", phoneNumberId }, { "limit", limit } };
            _wait.Record(wait.TotalSeconds, tags);
        }
    }

    public void Rejected(string phoneNumberId, string reason) =>
        _rejections.Add(1, new KeyValuePair<string, object?>("phone_number_id", phoneNumberId), new KeyValuePair<string, object?>("reason", reason));

    public void Retried(string phoneNumberId, int code) =>
        _retries.Add(1, new KeyValuePair<string, object?>("phone_number_id", phoneNumberId), new KeyValuePair<string, object?>("error_code", code));

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
