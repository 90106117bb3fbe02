using CloudApi.Sdk.Business.Wire;

namespace CloudApi.Sdk.Business;

/// <summary>The counts of one time step of <see cref="MessagingAnalytics"/>.</summary>
public sealed class MessagingDataPoint
{
    internal MessagingDataPoint(DateTimeOffset start, DateTimeOffset end, long sent, long delivered)
    {
        Start = start;
        End = end;
        Sent = sent;
        Delivered = delivered;
    }

    internal MessagingDataPoint(MessagingDataPointWire wire)
        : this(wire.Start, wire.End, wire.Sent, wire.Delivered)
    {
    }

    /// <summary>The step's start (<c>start</c>).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The step's end (<c>end</c>).</summary>
    public DateTimeOffset End { get; }

    /// <summary>Messages sent (<c>sent</c>).</summary>
    public long Sent { get; }

    /// <summary>Messages delivered (<c>delivered</c>).</summary>
    public long Delivered { get; }
}
