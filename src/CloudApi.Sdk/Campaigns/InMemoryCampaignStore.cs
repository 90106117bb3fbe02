using System.Runtime.CompilerServices;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Campaigns;

/// <summary>
/// A campaign store in this process's memory, for development, tests and single-process senders: a crash loses it. Use a
/// shared store (Redis) for campaigns that must survive a process or be worked on by several.
/// </summary>
public sealed class InMemoryCampaignStore : ICampaignStore
{
    private const int ReadChunk = 256;

    private readonly object _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, Campaign> _campaigns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Campaign Campaign, long Index)> _markers = new(StringComparer.Ordinal);

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock for heartbeats and <see cref="CampaignMessage.UpdatedAt"/>; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    public InMemoryCampaignStore(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public ValueTask<bool> CreateAsync(CampaignInfo campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        lock (_gate)
        {
            return new(_campaigns.TryAdd(campaign.Name, new Campaign(campaign)));
        }
    }

    /// <inheritdoc />
    public ValueTask<CampaignInfo?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_campaigns.TryGetValue(name, out var campaign) ? campaign.Info : null);
        }
    }

    /// <inheritdoc />
    public ValueTask AddMessagesAsync(string name, IReadOnlyList<CampaignMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            var campaign = Find(name);
            foreach (var message in messages)
            {
                if (campaign.Messages.ContainsKey(message.Index))
                {
                    continue;
                }

                var stored = message with { State = CampaignMessageState.Pending, UpdatedAt = now };
                campaign.Messages.Add(message.Index, stored);
                campaign.Count(stored, +1);
                campaign.Claimable.Add(message.Index);
                campaign.LastIndex = Math.Max(campaign.LastIndex, message.Index);
                _markers[message.Marker] = (campaign, message.Index);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask SealAsync(string name, long total, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var campaign = Find(name);
            campaign.Info = campaign.Info with { Total = total };
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask SetStateAsync(string name, CampaignRunState state, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var campaign = Find(name);
            campaign.Info = campaign.Info with { State = state };
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask HeartbeatAsync(string name, string workerId, CancellationToken cancellationToken = default)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (_campaigns.TryGetValue(name, out var campaign))
            {
                campaign.Heartbeats[workerId] = now;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<CampaignMessage>> ClaimAsync(string name, string workerId, int max, TimeSpan abandonedAfter, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!_campaigns.TryGetValue(name, out var campaign))
            {
                return new(Array.Empty<CampaignMessage>());
            }

            campaign.Heartbeats[workerId] = now;
            var claimed = new List<CampaignMessage>();
            foreach (var (index, holder) in campaign.Holders.OrderBy(static h => h.Key).ToArray())
            {
                if (claimed.Count == max)
                {
                    break;
                }

                if (holder != workerId && (!campaign.Heartbeats.TryGetValue(holder, out var seen) || now - seen > abandonedAfter))
                {
                    campaign.Holders[index] = workerId;
                    claimed.Add(campaign.Messages[index]);
                }
            }

            while (claimed.Count < max && campaign.Claimable.Min is var index && campaign.Claimable.Remove(index))
            {
                campaign.Holders[index] = workerId;
                claimed.Add(campaign.Messages[index]);
            }

            return new(claimed);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> MarkInFlightAsync(string name, long index, string workerId, CancellationToken cancellationToken = default)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            var campaign = Find(name);
            if (!campaign.Holders.TryGetValue(index, out var holder) || holder != workerId
                || campaign.Messages[index].State is not (CampaignMessageState.Pending or CampaignMessageState.NotSent))
            {
                return new(false);
            }

            var message = campaign.Messages[index];
            campaign.Replace(message with { State = CampaignMessageState.InFlight, Attempts = message.Attempts + 1, UpdatedAt = now });
            campaign.Heartbeats[workerId] = now;
            return new(true);
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string name, long index, string workerId, CampaignMessageState state, string? messageId, CampaignMessageError? failure, CancellationToken cancellationToken = default)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            var campaign = Find(name);
            if (!campaign.Messages.TryGetValue(index, out var message))
            {
                return ValueTask.CompletedTask;
            }

            var holds = campaign.Holders.TryGetValue(index, out var holder) && holder == workerId;
            var definite = state is CampaignMessageState.Accepted or CampaignMessageState.Failed;
            if (holds)
            {
                campaign.Holders.Remove(index);
            }

            if (message.State == CampaignMessageState.Accepted)
            {
                if (state == CampaignMessageState.Accepted && message.MessageId is null)
                {
                    campaign.Replace(message with { MessageId = messageId, UpdatedAt = now });
                }

                return ValueTask.CompletedTask;
            }

            if (!holds && !(definite && message.State is CampaignMessageState.InFlight or CampaignMessageState.OutcomeUnknown))
            {
                return ValueTask.CompletedTask;
            }

            campaign.Replace(message with { State = state, MessageId = messageId ?? message.MessageId, Error = failure, UpdatedAt = now });
            if (state == CampaignMessageState.NotSent)
            {
                campaign.Holders.Remove(index);
                campaign.Claimable.Add(index);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<CampaignMessage?> ApplyStatusAsync(string marker, string messageId, DeliveryStatus status, DateTimeOffset timestamp, string? pricingCategory, string? pricingModel, bool? billable, CancellationToken cancellationToken = default)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!_markers.TryGetValue(marker, out var found))
            {
                return new((CampaignMessage?)null);
            }

            var (campaign, index) = found;
            var message = campaign.Messages[index];
            var updated = message with
            {
                State = CampaignMessageState.Accepted,
                MessageId = message.MessageId ?? messageId,
                Error = message.State == CampaignMessageState.Accepted ? message.Error : null,
                Delivery = DeliveryProgress.Furthest(message.Delivery, status),
                PricingCategory = pricingCategory ?? message.PricingCategory,
                PricingModel = pricingModel ?? message.PricingModel,
                Billable = billable ?? message.Billable,
                UpdatedAt = now,
            };
            if (updated != message)
            {
                campaign.Replace(updated);
            }

            // Accepted is final: the message is not sent again, whoever holds it (a late status beats a resend).
            campaign.Claimable.Remove(index);
            campaign.Holders.Remove(index);
            return new(updated);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<CampaignMessage>> ListUnresolvedAsync(string name, DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var campaign = Find(name);
            IReadOnlyList<CampaignMessage> unresolved = campaign.Messages.Values
                .Where(m => m.State == CampaignMessageState.OutcomeUnknown && m.UpdatedAt < olderThan)
                .OrderBy(static m => m.Index)
                .ToArray();
            return new(unresolved);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ResetForResendAsync(string name, long index, CancellationToken cancellationToken = default)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            var campaign = Find(name);
            if (!campaign.Messages.TryGetValue(index, out var message) || message.State != CampaignMessageState.OutcomeUnknown)
            {
                return new(false);
            }

            campaign.Replace(message with { State = CampaignMessageState.Pending, UpdatedAt = now });
            campaign.Holders.Remove(index);
            campaign.Claimable.Add(index);
            return new(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<CampaignCounts> GetCountsAsync(string name, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_campaigns.TryGetValue(name, out var campaign) ? campaign.Snapshot() : new CampaignCounts());
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CampaignMessage> ReadMessagesAsync(string name, long fromIndex = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var next = Math.Max(0, fromIndex);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = new List<CampaignMessage>(ReadChunk);
            lock (_gate)
            {
                if (!_campaigns.TryGetValue(name, out var campaign))
                {
                    yield break;
                }

                for (; next <= campaign.LastIndex && chunk.Count < ReadChunk; next++)
                {
                    if (campaign.Messages.TryGetValue(next, out var message))
                    {
                        chunk.Add(message);
                    }
                }
            }

            if (chunk.Count == 0)
            {
                yield break;
            }

            foreach (var message in chunk)
            {
                yield return message;
            }

            await Task.Yield();
        }
    }

    private Campaign Find(string name) =>
        _campaigns.TryGetValue(name, out var campaign) ? campaign : throw new InvalidOperationException($"There is no campaign named '{name}'.");

    private sealed class Campaign(CampaignInfo info)
    {
        private readonly long[] _states = new long[6];
        private long _delivered;
        private long _read;
        private long _deliveryFailed;

        public CampaignInfo Info { get; set; } = info;

        public Dictionary<long, CampaignMessage> Messages { get; } = [];

        public SortedSet<long> Claimable { get; } = [];

        public Dictionary<long, string> Holders { get; } = [];

        public Dictionary<string, DateTimeOffset> Heartbeats { get; } = new(StringComparer.Ordinal);

        public long LastIndex { get; set; } = -1;

        public void Replace(CampaignMessage message)
        {
            Count(Messages[message.Index], -1);
            Messages[message.Index] = message;
            Count(message, +1);
        }

        public void Count(CampaignMessage message, int sign)
        {
            _states[(int)message.State] += sign;
            if (DeliveryProgress.Reached(message.Delivery))
            {
                _delivered += sign;
            }

            if (DeliveryProgress.WasRead(message.Delivery))
            {
                _read += sign;
            }

            if (message.Delivery == DeliveryStatus.Failed)
            {
                _deliveryFailed += sign;
            }
        }

        public CampaignCounts Snapshot() => new()
        {
            Pending = _states[(int)CampaignMessageState.Pending],
            InFlight = _states[(int)CampaignMessageState.InFlight],
            Accepted = _states[(int)CampaignMessageState.Accepted],
            Failed = _states[(int)CampaignMessageState.Failed],
            OutcomeUnknown = _states[(int)CampaignMessageState.OutcomeUnknown],
            NotSent = _states[(int)CampaignMessageState.NotSent],
            Delivered = _delivered,
            Read = _read,
            DeliveryFailed = _deliveryFailed,
        };
    }
}
