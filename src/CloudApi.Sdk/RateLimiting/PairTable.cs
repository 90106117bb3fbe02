using System.Runtime.CompilerServices;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// The pair limit's state for one business number: one GCRA theoretical arrival time (TAT) per recipient, keyed by the
/// recipient's pair key (phone digits, or a BSUID's tagged hash: see <see cref="Messages.WhatsAppRecipient"/>), in 64 lock-striped open-addressing shards of (key, TAT) slots (16 bytes a slot, load at most
/// 3/4). A pair whose TAT has passed is indistinguishable from a new one, so it may be dropped at any time: a shard about
/// to pass 3/4 drops all of its expired pairs in one sequential pass first, and grows only if that left it over half
/// full (or shrinks if it left it nearly empty). So a table never holds much more than the pairs still inside their
/// 6-second windows at its busiest, a recipient who comes back finds its slot and updates it in place, and there is no
/// timer, no per-acquire sweep and no allocation per acquire.
/// </summary>
/// <remarks>
/// Sweeping a few slots on every acquire was measured and dropped: in a campaign whose recipients return after their
/// window, it turned every acquire into a delete plus an insert and doubled the cost of a granted acquire (see
/// docs/benchmarks.md, LimiterAcquireBenchmarks.InMemoryStore_Granted).
/// </remarks>
internal sealed class PairTable
{
    private const int ShardBits = 6;
    private const int ShardCount = 1 << ShardBits;
    private const int MinCapacity = 16;

    private readonly Shard[] _shards;

    public PairTable()
    {
        _shards = new Shard[ShardCount];
        for (var i = 0; i < _shards.Length; i++)
        {
            _shards[i] = new Shard();
        }
    }

    /// <summary>The number of pairs tracked (not yet swept).</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var shard in _shards)
            {
                lock (shard)
                {
                    count += shard.Count;
                }
            }

            return count;
        }
    }

    /// <summary>The bytes held by the slot arrays (for the memory benchmark).</summary>
    public long AllocatedBytes
    {
        get
        {
            long bytes = 0;
            foreach (var shard in _shards)
            {
                lock (shard)
                {
                    bytes += (long)shard.Slots.Length * Unsafe.SizeOf<Slot>();
                }
            }

            return bytes;
        }
    }

    /// <summary>
    /// GCRA for one pair at <paramref name="now"/> (all values in timestamp units). Returns the wait before the send
    /// (≥ 0; the slot is taken or reserved) or, when <paramref name="reserve"/> is <see langword="false"/> and no slot
    /// is free now, the negated wait until one is (nothing changes).
    /// </summary>
    /// <param name="key">The recipient's pair key; never 0.</param>
    /// <param name="now">The current timestamp.</param>
    /// <param name="interval">The emission interval.</param>
    /// <param name="tolerance">The burst tolerance: interval × (burst − 1).</param>
    /// <param name="floor">The lowest TAT a pair may start from (after a restart of the shared state, else 0).</param>
    /// <param name="reserve">Whether to reserve a future slot.</param>
    public long Acquire(long key, long now, long interval, long tolerance, long floor, bool reserve)
    {
        var hash = Mix(key);
        var shard = _shards[(int)(hash & (ShardCount - 1))];
        lock (shard)
        {
            var index = shard.Find(key, hash);
            var tat = index >= 0 ? shard.Slots[index].Tat : long.MinValue;
            tat = Math.Max(Math.Max(tat, now), floor);
            var allowedAt = tat - tolerance;
            if (allowedAt > now && !reserve)
            {
                return -(allowedAt - now);
            }

            if (index >= 0)
            {
                shard.Slots[index].Tat = tat + interval;
            }
            else
            {
                shard.Insert(key, hash, tat + interval, now);
            }

            return Math.Max(0, allowedAt - now);
        }
    }

    /// <summary>Raises the pair's TAT to at least <paramref name="tat"/>.</summary>
    public void Raise(long key, long tat, long now)
    {
        var hash = Mix(key);
        var shard = _shards[(int)(hash & (ShardCount - 1))];
        lock (shard)
        {
            var index = shard.Find(key, hash);
            if (index >= 0)
            {
                shard.Slots[index].Tat = Math.Max(shard.Slots[index].Tat, tat);
            }
            else if (tat > now)
            {
                shard.Insert(key, hash, tat, now);
            }
        }
    }

    /// <summary>The pair's TAT, or <see langword="null"/> when it is not tracked (for tests).</summary>
    public long? Peek(long key)
    {
        var hash = Mix(key);
        var shard = _shards[(int)(hash & (ShardCount - 1))];
        lock (shard)
        {
            var index = shard.Find(key, hash);
            return index >= 0 ? shard.Slots[index].Tat : null;
        }
    }

    /// <summary>SplitMix64's finalizer: spreads sequential phone numbers (and BSUID keys, already hashed) over shards and slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(long key)
    {
        var h = (ulong)key;
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return h;
    }

    /// <summary>A recipient's pair key (0: empty) and its TAT side by side: a probe touches one cache line, not two.</summary>
    private struct Slot(long key, long tat)
    {
        public long Key = key;
        public long Tat = tat;
    }

    private sealed class Shard
    {
        public Slot[] Slots = new Slot[MinCapacity];
        public int Count;

        private int Mask => Slots.Length - 1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Home(ulong hash) => (int)(hash >> ShardBits) & Mask;

        public int Find(long key, ulong hash)
        {
            var slots = Slots;
            var mask = slots.Length - 1;
            for (var i = Home(hash); ; i = (i + 1) & mask)
            {
                var k = slots[i].Key;
                if (k == key)
                {
                    return i;
                }

                if (k == 0)
                {
                    return -1;
                }
            }
        }

        public void Insert(long key, ulong hash, long tat, long now)
        {
            if ((Count + 1) * 4 > Slots.Length * 3)
            {
                // About to pass 3/4: drop expired pairs first, then size the shard for what is left.
                SweepAll(now);
                var capacity = Slots.Length;
                if ((Count + 1) * 2 > capacity)
                {
                    capacity *= 2;
                }

                while (capacity > MinCapacity && Count * 8 < capacity)
                {
                    capacity /= 2;
                }

                if (capacity != Slots.Length)
                {
                    Resize(capacity);
                }
            }

            var mask = Mask;
            var i = Home(hash);
            while (Slots[i].Key != 0)
            {
                i = (i + 1) & mask;
            }

            Slots[i] = new Slot(key, tat);
            Count++;
        }

        private void SweepAll(long now)
        {
            for (var i = 0; i < Slots.Length;)
            {
                if (Slots[i].Key != 0 && Slots[i].Tat <= now)
                {
                    RemoveAt(i);
                }
                else
                {
                    i++;
                }
            }
        }

        /// <summary>Linear-probing deletion without tombstones: shifts later pairs of the run back into the hole.</summary>
        private void RemoveAt(int hole)
        {
            var slots = Slots;
            var mask = slots.Length - 1;
            var j = hole;
            while (true)
            {
                j = (j + 1) & mask;
                var key = slots[j].Key;
                if (key == 0)
                {
                    break;
                }

                var home = Home(Mix(key));

                // The pair at j may move to the hole unless its home lies cyclically in (hole, j].
                var stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
                if (!stays)
                {
                    slots[hole] = slots[j];
                    hole = j;
                }
            }

            slots[hole] = default;
            Count--;
        }

        private void Resize(int capacity)
        {
            var old = Slots;
            Slots = new Slot[capacity];
            var mask = capacity - 1;
            foreach (var slot in old)
            {
                if (slot.Key != 0)
                {
                    var j = Home(Mix(slot.Key));
                    while (Slots[j].Key != 0)
                    {
                        j = (j + 1) & mask;
                    }

                    Slots[j] = slot;
                }
            }
        }
    }
}
