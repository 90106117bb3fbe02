using CloudApi.Sdk.RateLimiting;

namespace CloudApi.Sdk.Campaigns.Engine;

/// <summary>
/// Estimates the time a campaign still needs from what the rate limiter allows: each sending number's throughput, and the
/// pair limit of the recipient with the most messages left (one per pair interval once its burst is spent), and from the
/// rate observed lately. Reading the per-recipient counts takes a pass over the records, so it is reused for a while.
/// </summary>
internal sealed class CampaignEstimator(ICampaignStore store, WhatsAppRateLimitOptions limits, TimeProvider timeProvider)
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    private readonly object _gate = new();
    private readonly Dictionary<string, Observations> _campaigns = new(StringComparer.Ordinal);

    public async Task<CampaignProgress> SnapshotAsync(CampaignInfo info, CancellationToken cancellationToken)
    {
        var counts = await store.GetCountsAsync(info.Name, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        Observations observations;
        lock (_gate)
        {
            if (!_campaigns.TryGetValue(info.Name, out observations!))
            {
                observations = new Observations();
                _campaigns[info.Name] = observations;
            }
        }

        var rate = observations.Observe(now, counts.Done);
        var remaining = counts.Pending + counts.InFlight + counts.NotSent;
        TimeSpan? estimate = null;
        if (info.Total is not null)
        {
            if (remaining == 0)
            {
                estimate = TimeSpan.Zero;
            }
            else
            {
                var shape = await observations.ShapeAsync(store, info.Name, now, cancellationToken).ConfigureAwait(false);
                estimate = Estimate(shape, remaining, rate, now);
            }
        }

        return new CampaignProgress
        {
            Name = info.Name,
            State = info.State,
            Total = info.Total,
            Counts = counts,
            MessagesPerSecond = rate,
            EstimatedTimeRemaining = estimate,
            Timestamp = now,
        };
    }

    private TimeSpan Estimate(Shape shape, long remaining, double? rate, DateTimeOffset now)
    {
        var seconds = 0.0;
        foreach (var (number, count) in shape.RemainingByNumber)
        {
            var mps = number.Length > 0 && limits.NumberMessagesPerSecond.TryGetValue(number, out var own) ? own : limits.MessagesPerSecond;
            seconds = Math.Max(seconds, count / (mps * (1 - limits.ThroughputHeadroom)));
        }

        // The pair limit: the recipient that needs longest. Its schedule is GCRA's: the messages it already got pushed its
        // theoretical arrival time to at least first + sent intervals and last + one interval, and its last message may
        // go once that time, moved on by the messages left, is within the burst's tolerance. Counting from the schedule,
        // not from now, lets the estimate count down while the paced messages wait for their slots.
        var interval = limits.PairInterval;
        var tolerance = interval * (limits.PairBurst - 1);
        foreach (var pair in shape.Recipients)
        {
            var tat = pair.Sent == 0
                ? now
                : Max(pair.FirstSentAt + (interval * pair.Sent), pair.LastSentAt + interval);
            var lastAllowedAt = Max(tat, now) + (interval * (pair.Remaining - 1)) - tolerance;
            seconds = Math.Max(seconds, (lastAllowedAt - now).TotalSeconds);
        }

        if (rate is > 0)
        {
            seconds = Math.Max(seconds, remaining / rate.Value);
        }

        return TimeSpan.FromSeconds(Math.Ceiling(seconds));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>What the remaining work looks like: messages left per sending number, and per busiest recipients.</summary>
    private sealed record Shape(Dictionary<string, long> RemainingByNumber, List<PairShape> Recipients);

    /// <summary>One recipient's messages left and sent, and when the first and last of those sent were last updated.</summary>
    private readonly record struct PairShape(long Remaining, long Sent, DateTimeOffset FirstSentAt, DateTimeOffset LastSentAt);

    private sealed class Observations
    {
        private readonly object _gate = new();
        private readonly Queue<(DateTimeOffset At, long Done)> _samples = new();
        private Shape? _shape;
        private DateTimeOffset _shapeAt;

        public double? Observe(DateTimeOffset now, long done)
        {
            lock (_gate)
            {
                _samples.Enqueue((now, done));
                while (_samples.Count > 2 && now - _samples.Peek().At > RateWindow)
                {
                    _samples.Dequeue();
                }

                var (firstAt, firstDone) = _samples.Peek();
                var elapsed = (now - firstAt).TotalSeconds;
                return elapsed > 0 ? Math.Max(0, done - firstDone) / elapsed : null;
            }
        }

        public async Task<Shape> ShapeAsync(ICampaignStore store, string name, DateTimeOffset now, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (_shape is not null && now - _shapeAt < CampaignDefaults.EstimateRefreshInterval)
                {
                    return _shape;
                }
            }

            var byNumber = new Dictionary<string, long>(StringComparer.Ordinal);
            var byRecipient = new Dictionary<string, PairShape>(StringComparer.Ordinal);
            await foreach (var message in store.ReadMessagesAsync(name, 0, cancellationToken).ConfigureAwait(false))
            {
                var left = message.State is CampaignMessageState.Pending or CampaignMessageState.InFlight or CampaignMessageState.NotSent;
                if (left)
                {
                    var number = message.PhoneNumberId ?? string.Empty;
                    byNumber[number] = byNumber.GetValueOrDefault(number) + 1;
                }

                if (!message.Recipient.IsIndividual)
                {
                    continue;
                }

                var key = message.PhoneNumberId + "|" + message.Recipient.Value;
                var pair = byRecipient.GetValueOrDefault(key);
                if (left)
                {
                    byRecipient[key] = pair with { Remaining = pair.Remaining + 1 };
                }
                else
                {
                    // A message done without a time (a store that keeps none) counts as sent now: the estimate errs long.
                    var at = message.UpdatedAt ?? now;
                    byRecipient[key] = pair.Sent == 0
                        ? pair with { Sent = 1, FirstSentAt = at, LastSentAt = at }
                        : pair with { Sent = pair.Sent + 1, FirstSentAt = Min(pair.FirstSentAt, at), LastSentAt = Max(pair.LastSentAt, at) };
                }
            }

            var shape = new Shape(byNumber, [.. byRecipient.Values.Where(static r => r.Remaining > 0 && r.Remaining + r.Sent > 1)]);
            lock (_gate)
            {
                _shape = shape;
                _shapeAt = now;
            }

            return shape;
        }
    }
}
