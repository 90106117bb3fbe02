using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>The limiter's log messages (source-generated). They name the phone-number id, never a token or a recipient.</summary>
internal static partial class RateLimitLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning,
        Message = "Meta refused a send from phone-number id {PhoneNumberId} with throttling error {ErrorCode}; retry {Attempt} of {MaxAttempts} in {DelaySeconds} s")]
    public static partial void Throttled(ILogger logger, string phoneNumberId, int errorCode, int attempt, int maxAttempts, double delaySeconds);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning,
        Message = "Meta refused a send from phone-number id {PhoneNumberId} with throttling error {ErrorCode} and the {MaxAttempts} retries are used up")]
    public static partial void RetriesExhausted(ILogger logger, string phoneNumberId, int errorCode, int maxAttempts);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning,
        Message = "The send queue of phone-number id {PhoneNumberId} is full ({MaxQueueLength}); a send was refused")]
    public static partial void QueueFull(ILogger logger, string phoneNumberId, int maxQueueLength);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Debug,
        Message = "A send from phone-number id {PhoneNumberId} waits {WaitSeconds} s for its recipient's pair slot")]
    public static partial void PairWait(ILogger logger, string phoneNumberId, double waitSeconds);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Debug,
        Message = "A send from phone-number id {PhoneNumberId} was refused by the pair limit (fail fast); retry after {RetryAfterSeconds} s")]
    public static partial void PairRejected(ILogger logger, string phoneNumberId, double retryAfterSeconds);
}
