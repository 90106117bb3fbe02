using CloudApi.Sdk.PhoneNumbers.Wire;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A number's throughput (<c>{"level":"STANDARD"}</c>).</summary>
public sealed class PhoneNumberThroughput
{
    internal PhoneNumberThroughput(ThroughputLevel level)
    {
        Level = level;
    }

    internal PhoneNumberThroughput(PhoneNumberThroughputWire wire)
        : this(wire.Level ?? default)
    {
    }

    /// <summary>The level (<c>level</c>).</summary>
    public ThroughputLevel Level { get; }
}
