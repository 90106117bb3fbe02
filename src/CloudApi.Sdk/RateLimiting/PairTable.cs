using System.Runtime.CompilerServices;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// The pair limit's state for one business number: one GCRA theoretical arrival time (TAT) per recipient, keyed by the
/// recipient's pair key (phone digits, or a BSUID's tagged hash: see <see cref="Messages.WhatsAppRecipient"/>), in one
/// open-addressing table of (key, TAT) slots (16 bytes a slot, load at most 3/4) under a spin lock, which a derived class
/// may also take (<see cref="Enter"/>) to guard its own state with the table's. A pair whose TAT has passed is
/// indistinguishable from a new one, so it may be dropped at any time: a new pair takes the slot of an expired one its
/// probe passes, and a table about to pass 3/4 drops all of its expired pairs in one sequential pass first, and grows
/// only if that left it over half full (or shrinks if it left it nearly empty). So a table never holds much more than
/// the pairs still inside their 6-second windows at its busiest, a recipient who comes back finds its slot and updates it
/// in place, and there is no timer, no per-acquire sweep and no allocation per acquire.
/// </summary>
/// <remarks>
/// <para>
/// The in-memory store's number state derives from this class, so that an acquire reaches its slot in three dependent
/// memory reads (the rules, the number, the slot). With sends spread over many numbers each of those is a cache miss;
/// the earlier layout (64 lock-striped shards per number, each an object with its own array) took five, and its monitor
/// and shard lookups were most of the limiter's cost per send (docs/benchmarks.md). One lock per number is enough: a
/// number sends at most 1,000 messages a second, and the lock is held for nanoseconds.
/// </para>
/// <para>
/// Sweeping a few slots on every acquire was measured and dropped: in a campaign whose recipients return after their
/// window, it turned every acquire into a delete plus an insert and doubled the cost of a granted acquire (see
/// docs/benchmarks.md, LimiterAcquireBenchmarks.InMemoryStore_Granted).
/// </para>
/// </remarks>
internal class PairTable
{
    private const int MinCapacity = 16;

    private Slot[] _slots = new Slot[MinCapacity];

    // Kept beside the array so that a slot's address does not wait for a read of the array's length.
    private int _mask = MinCapacity - 1;
    private int _count;

    // 1 while held. Not a monitor, whose enter touches the thread's state and the object's header on every acquire.
    private int _locked;

    /// <summary>The number of pairs tracked (not yet swept).</summary>
    public int Count
    {
        get
        {
            Enter();
            try
            {
                return _count;
            }
            finally
            {
                Exit();
            }
        }
    }

    /// <summary>The bytes held by the slot array (for the memory benchmark).</summary>
    public long AllocatedBytes
    {
        get
        {
            Enter();
            try
            {
                return (long)_slots.Length * Unsafe.SizeOf<Slot>();
            }
            finally
            {
                Exit();
            }
        }
    }

    /// <summary>
    /// GCRA for one pair at <paramref name="now"/> (all values in timestamp units). Returns the wait before the send
    /// (≥ 0; the slot is taken or reserved) or, when <paramref name="reserve"/> is <see langword="false"/> and no slot
    /// is free now, the negated wait until one is (nothing changes). Takes the lock; the in-memory store, which holds the
    /// lock for the throughput slot too, calls <see cref="AcquireLocked"/>.
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
        Enter();
        try
        {
            return AcquireLocked(key, hash, now, interval, tolerance, floor, reserve);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Raises the pair's TAT to at least <paramref name="tat"/>; takes the lock (see <see cref="RaiseLocked"/>).</summary>
    public void Raise(long key, long tat, long now)
    {
        var hash = Mix(key);
        Enter();
        try
        {
            RaiseLocked(key, hash, tat, now);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>SplitMix64's finalizer: spreads sequential phone numbers (and BSUID keys, already hashed) over the slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static ulong Mix(long key)
    {
        var h = (ulong)key;
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return h;
    }

    /// <summary>Takes the table's lock, which also guards what a derived class keeps beside the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void Enter()
    {
        if (Interlocked.Exchange(ref _locked, 1) != 0)
        {
            EnterContended();
        }
    }

    /// <summary>Releases the lock <see cref="Enter"/> took.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void Exit() => Volatile.Write(ref _locked, 0);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnterContended()
    {
        // The lock is held for nanoseconds: spin, then yield, but never sleep a scheduler tick.
        var spinner = default(SpinWait);
        do
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }
        while (Volatile.Read(ref _locked) != 0 || Interlocked.Exchange(ref _locked, 1) != 0);
    }

    /// <summary><see cref="Acquire"/> with the lock held and the key's <see cref="Mix"/> computed.</summary>
    protected long AcquireLocked(long key, ulong hash, long now, long interval, long tolerance, long floor, bool reserve)
    {
        var index = Find(key, hash);
        var tat = index >= 0 ? _slots[index].Tat : long.MinValue;
        tat = Math.Max(Math.Max(tat, now), floor);
        var allowedAt = tat - tolerance;
        if (allowedAt > now && !reserve)
        {
            return -(allowedAt - now);
        }

        if (index >= 0)
        {
            _slots[index].Tat = tat + interval;
        }
        else
        {
            Insert(key, hash, tat + interval, now);
        }

        return Math.Max(0, allowedAt - now);
    }

    /// <summary><see cref="Raise"/> with the lock held and the key's <see cref="Mix"/> computed.</summary>
    protected void RaiseLocked(long key, ulong hash, long tat, long now)
    {
        var index = Find(key, hash);
        if (index >= 0)
        {
            _slots[index].Tat = Math.Max(_slots[index].Tat, tat);
        }
        else if (tat > now)
        {
            Insert(key, hash, tat, now);
        }
    }

    /// <summary>The pair's TAT, or <see langword="null"/> when it is not tracked (for tests).</summary>
    public long? Peek(long key)
    {
        Enter();
        try
        {
            var index = Find(key, Mix(key));
            return index >= 0 ? _slots[index].Tat : null;
        }
        finally
        {
            Exit();
        }
    }

    private int Find(long key, ulong hash)
    {
        var slots = _slots;
        var mask = _mask;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
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

    /// <summary>
    /// Puts a pair the table does not hold (<see cref="Find"/> came to an empty slot) into the first slot of its probe
    /// run that is empty or holds an expired pair: an expired pair is indistinguishable from a new one, so taking its slot
    /// drops it at no cost and leaves the run intact. Only a pair that needs an empty slot adds to the count, so a campaign
    /// whose recipients expire as new ones come mostly reuses slots and sweeps rarely.
    /// </summary>
    private void Insert(long key, ulong hash, long tat, long now)
    {
        var i = FreeSlot(hash, now);
        if (_slots[i].Key == 0)
        {
            if ((_count + 1) * 4 > _slots.Length * 3)
            {
                // About to pass 3/4: drop expired pairs first, then size the table for what is left.
                SweepAll(now);
                var capacity = _slots.Length;
                if ((_count + 1) * 2 > capacity)
                {
                    capacity *= 2;
                }

                while (capacity > MinCapacity && _count * 8 < capacity)
                {
                    capacity /= 2;
                }

                if (capacity != _slots.Length)
                {
                    Resize(capacity);
                }

                i = FreeSlot(hash, now);
            }

            _count++;
        }

        _slots[i] = new Slot(key, tat);
    }

    /// <summary>The first slot from the pair's home that is empty or holds a pair expired at <paramref name="now"/>.</summary>
    private int FreeSlot(ulong hash, long now)
    {
        var slots = _slots;
        var mask = _mask;
        var i = (int)hash & mask;
        while (slots[i].Key != 0 && slots[i].Tat > now)
        {
            i = (i + 1) & mask;
        }

        return i;
    }

    /// <summary>
    /// Drops every expired pair in one pass round the table from an empty slot, which no run of probes crosses: each slot
    /// in turn is emptied, and its pair, if still live, goes back to the first empty slot from its home. A slot once passed
    /// is only ever filled again, so every pair stays reachable from its home. Cheaper than a backward-shift delete per
    /// pair, which walks the rest of the pair's run each time.
    /// </summary>
    private void SweepAll(long now)
    {
        var slots = _slots;
        var mask = _mask;
        var start = 0;
        while (slots[start].Key != 0)
        {
            start++; // The load is under 3/4: there is an empty slot.
        }

        // One branch a slot (live or not) instead of two (empty, then expired): which slots are live is random, and a
        // mispredicted branch costs more than the store that empties a slot already empty.
        var live = 0;
        for (int step = 1, i = (start + 1) & mask; step < slots.Length; step++, i = (i + 1) & mask)
        {
            var slot = slots[i];
            slots[i] = default;
            if ((slot.Tat > now) & (slot.Key != 0))
            {
                var j = (int)Mix(slot.Key) & mask;
                while (slots[j].Key != 0)
                {
                    j = (j + 1) & mask;
                }

                slots[j] = slot;
                live++;
            }
        }

        _count = live;
    }

    private void Resize(int capacity)
    {
        var old = _slots;
        var slots = new Slot[capacity];
        var mask = capacity - 1;
        foreach (var slot in old)
        {
            if (slot.Key != 0)
            {
                var j = (int)Mix(slot.Key) & mask;
                while (slots[j].Key != 0)
                {
                    j = (j + 1) & mask;
                }

                slots[j] = slot;
            }
        }

        _slots = slots;
        _mask = mask;
    }

    /// <summary>A recipient's pair key (0: empty) and its TAT side by side: a probe touches one cache line, not two.</summary>
    private struct Slot(long key, long tat)
    {
        public long Key = key;
        public long Tat = tat;
    }
}
