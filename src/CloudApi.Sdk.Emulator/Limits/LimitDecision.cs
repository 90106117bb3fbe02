namespace CloudApi.Sdk.Emulator.Limits;

/// <summary>The outcome of a limit check.</summary>
internal enum LimitDecision
{
    /// <summary>Within every limit; the message was counted.</summary>
    Allowed,

    /// <summary>Over the number's messages per second (130429).</summary>
    Throughput,

    /// <summary>Over the (business number, recipient) pair limit (131056).</summary>
    Pair,
}
