namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A number's throughput (<c>{"level":"STANDARD"}</c>).</summary>
public sealed record PhoneNumberThroughput
{
    /// <summary>The level (<c>level</c>).</summary>
    public ThroughputLevel Level { get; init; }
}
