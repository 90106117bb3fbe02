namespace CloudApi.Sdk.Emulator;

/// <summary>The active faults of an emulator; add and clear them while it runs (also over HTTP at <c>/_emulator/faults</c>).</summary>
public sealed class EmulatorFaults
{
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];
    private readonly Func<double> _random;

    private readonly Action _changed;

    internal EmulatorFaults(Func<double> random, Action changed)
    {
        _random = random;
        _changed = changed;
    }

    /// <summary>Gets a snapshot of the active faults, in the order they are checked.</summary>
    public IReadOnlyList<EmulatorFault> Active
    {
        get
        {
            lock (_lock)
            {
                return _entries.Select(e => e.Fault).ToArray();
            }
        }
    }

    /// <summary>Adds a fault; faults are checked in the order added and the first that triggers wins.</summary>
    /// <param name="fault">The fault. It is copied, so later changes to it have no effect.</param>
    /// <exception cref="ArgumentException">The fault's probability, count or delay is out of range.</exception>
    public void Add(EmulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (fault.Probability is < 0 or > 1 || double.IsNaN(fault.Probability))
        {
            throw new ArgumentException("Probability must be between 0 and 1.", nameof(fault));
        }

        if (fault.Count is < 1)
        {
            throw new ArgumentException("Count must be 1 or more (or null for no limit).", nameof(fault));
        }

        if (fault.Delay < TimeSpan.Zero)
        {
            throw new ArgumentException("Delay must not be negative.", nameof(fault));
        }

        var copy = new EmulatorFault
        {
            Kind = fault.Kind,
            PhoneNumberId = fault.PhoneNumberId,
            Probability = fault.Probability,
            Count = fault.Count,
            Delay = fault.Delay,
            ErrorCode = fault.ErrorCode,
        };
        lock (_lock)
        {
            _entries.Add(new Entry(copy, fault.Count));
        }

        _changed();
    }

    /// <summary>Removes every fault.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }

        _changed();
    }

    /// <summary>The fault that applies to this send, if any; consumes one of its <see cref="EmulatorFault.Count"/>.</summary>
    internal EmulatorFault? Next(string phoneNumberId)
    {
        lock (_lock)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = _entries[i];
                if (entry.Fault.PhoneNumberId is { } only && only != phoneNumberId)
                {
                    continue;
                }

                if (entry.Fault.Probability < 1 && _random() >= entry.Fault.Probability)
                {
                    continue;
                }

                if (entry.Remaining is { } remaining)
                {
                    if (remaining <= 1)
                    {
                        _entries.RemoveAt(i);
                    }
                    else
                    {
                        entry.Remaining = remaining - 1;
                    }
                }

                return entry.Fault;
            }

            return null;
        }
    }

    private sealed class Entry(EmulatorFault fault, int? remaining)
    {
        public EmulatorFault Fault { get; } = fault;

        public int? Remaining { get; set; } = remaining;
    }
}
