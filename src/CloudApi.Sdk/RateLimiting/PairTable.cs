using System.Runtime.CompilerServices;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// The pair limit's state for one business number: one GCRA theoretical arrival time (TAT) per recipient, keyed by the
/// recipient's digits, in 64 lock-striped open-addressing shards of two parallel <see cref="long"/> arrays (16 bytes
/// a slot, load kept between 3/8 and 3/4, so 21 to 43 bytes per tracked pair). A pair whose TAT has passed is
/// indistinguishable from a new one, so it is dropped: every acquire looks at two slots of its shard (an incremental
/// sweep that also shrinks a shard that emptied), and a shard about to grow sweeps itself first. No timer, no walk of the
/// whole table, no allocation per acquire.
/// </summary>
internal sealed class PairTable
{
    private const int ShardBits = 6;
    private const int ShardCount = 1 << ShardBits;
    private const int MinCapacity = 16;
    private const int SweepPerAcquire = 2;
    private const int RoundRobinEvery = 16;
    private const int RoundRobinSlots = 32;

    private readonly Shard[] _shards;
    private int _tick;

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
                    bytes += (long)shard.Keys.Length * 2 * sizeof(long);
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
    /// <param name="key">The recipient's digits; never 0.</param>
    /// <param name="now">The current timestamp.</param>
    /// <param name="interval">The emission interval.</param>
    /// <param name="tolerance">The burst tolerance: interval × (burst − 1).</param>
    /// <param name="floor">The lowest TAT a pair may start from (after a restart of the shared state, else 0).</param>
    /// <param name="reserve">Whether to reserve a future slot.</param>
    public long Acquire(long key, long now, long interval, long tolerance, long floor, bool reserve)
    {
        // Shards the traffic does not reach are swept too, a few slots at a time (a racy counter is fine here).
        var tick = ++_tick;
        if (tick % RoundRobinEvery == 0)
        {
            var other = _shards[(tick / RoundRobinEvery) & (ShardCount - 1)];
            lock (other)
            {
                other.SweepStep(now, RoundRobinSlots);
            }
        }

        var hash = Mix(key);
        var shard = _shards[(int)(hash & (ShardCount - 1))];
        lock (shard)
        {
            shard.SweepStep(now, SweepPerAcquire);
            var index = shard.Find(key, hash);
            var tat = index >= 0 ? shard.Tats[index] : long.MinValue;
            tat = Math.Max(Math.Max(tat, now), floor);
            var allowedAt = tat - tolerance;
            if (allowedAt > now && !reserve)
            {
                return -(allowedAt - now);
            }

            if (index >= 0)
            {
                shard.Tats[index] = tat + interval;
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
                shard.Tats[index] = Math.Max(shard.Tats[index], tat);
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
            return index >= 0 ? shard.Tats[index] : null;
        }
    }

    /// <summary>SplitMix64's finalizer: spreads sequential phone numbers over shards and slots.</summary>
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

    private sealed class Shard
    {
        public long[] Keys = new long[MinCapacity];
        public long[] Tats = new long[MinCapacity];
        public int Count;
        private int _cursor;

        private int Mask => Keys.Length - 1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Home(ulong hash) => (int)(hash >> ShardBits) & Mask;

        public int Find(long key, ulong hash)
        {
            var keys = Keys;
            var mask = keys.Length - 1;
            for (var i = Home(hash); ; i = (i + 1) & mask)
            {
                var k = keys[i];
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
            if ((Count + 1) * 4 > Keys.Length * 3)
            {
                // About to pass 3/4: drop expired pairs first; grow only if that left the shard over half full.
                SweepAll(now);
                if ((Count + 1) * 2 > Keys.Length)
                {
                    Resize(Keys.Length * 2);
                }
            }

            var mask = Mask;
            var i = Home(hash);
            while (Keys[i] != 0)
            {
                i = (i + 1) & mask;
            }

            Keys[i] = key;
            Tats[i] = tat;
            Count++;
        }

        /// <summary>Looks at <paramref name="slots"/> slots at the cursor and drops pairs whose TAT has passed.</summary>
        public void SweepStep(long now, int slots)
        {
            for (var n = 0; n < slots; n++)
            {
                var i = _cursor;
                if (Keys[i] != 0 && Tats[i] <= now)
                {
                    // Backward shift may move a later pair into slot i: look at it again next time.
                    RemoveAt(i);
                }
                else if ((_cursor = (i + 1) & Mask) == 0 && Keys.Length > MinCapacity && Count * 8 < Keys.Length)
                {
                    // A full pass found the shard mostly empty: give the memory back.
                    Resize(Keys.Length / 2);
                    return;
                }
            }
        }

        private void SweepAll(long now)
        {
            for (var i = 0; i < Keys.Length;)
            {
                if (Keys[i] != 0 && Tats[i] <= now)
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
            var keys = Keys;
            var tats = Tats;
            var mask = keys.Length - 1;
            var j = hole;
            while (true)
            {
                j = (j + 1) & mask;
                var key = keys[j];
                if (key == 0)
                {
                    break;
                }

                var home = Home(Mix(key));

                // The pair at j may move to the hole unless its home lies cyclically in (hole, j].
                var stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
                if (!stays)
                {
                    keys[hole] = key;
                    tats[hole] = tats[j];
                    hole = j;
                }
            }

            keys[hole] = 0;
            tats[hole] = 0;
            Count--;
        }

        private void Resize(int capacity)
        {
            var oldKeys = Keys;
            var oldTats = Tats;
            Keys = new long[capacity];
            Tats = new long[capacity];
            _cursor = 0;
            var mask = capacity - 1;
            for (var i = 0; i < oldKeys.Length; i++)
            {
                var key = oldKeys[i];
                if (key != 0)
                {
                    var j = Home(Mix(key));
                    while (Keys[j] != 0)
                    {
                        j = (j + 1) & mask;
                    }

                    Keys[j] = key;
                    Tats[j] = oldTats[i];
                }
            }
        }
    }
}
