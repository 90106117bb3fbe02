using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>The counts of one time step.</summary>
public sealed record MessagingDataPoint
{
    /// <summary>The step's start (<c>start</c>).</summary>
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset Start { get; init; }

    /// <summary>The step's end (<c>end</c>).</summary>
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset End { get; init; }

    /// <summary>Messages sent (<c>sent</c>).</summary>
    public long Sent { get; init; }

    /// <summary>Messages delivered (<c>delivered</c>).</summary>
    public long Delivered { get; init; }
}
