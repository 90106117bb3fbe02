namespace CloudApi.Sdk.Emulator;

/// <summary>What an <see cref="EmulatorFault"/> does to a message send.</summary>
public enum EmulatorFaultKind
{
    /// <summary>HTTP 500 with Graph error 131000 ("Something went wrong"); nothing is accepted.</summary>
    ServerError,

    /// <summary>The answer is delayed by <see cref="EmulatorFault.Delay"/> (on the emulator's TimeProvider), then the send proceeds normally.</summary>
    SlowResponse,

    /// <summary>The connection is aborted before the request body is read; nothing is accepted.</summary>
    ConnectionReset,

    /// <summary>The message is accepted and recorded (webhooks follow), then the connection is aborted before the answer: the client cannot know the outcome.</summary>
    AcceptThenDrop,

    /// <summary>Error 131056 (pair rate limit) whatever the real pair budget; nothing is accepted.</summary>
    PairRateLimit,

    /// <summary>Error 130429 (throughput) whatever the real budget; nothing is accepted.</summary>
    ThroughputLimit,

    /// <summary>The message is accepted, but its status webhooks are <c>sent</c> then <c>failed</c> with <see cref="EmulatorFault.ErrorCode"/>.</summary>
    FailedDelivery,

    /// <summary>The message is accepted and recorded (webhooks follow), then the answer is HTTP 500 with Graph error 131000: the client cannot know the outcome.</summary>
    AcceptThenServerError,
}
