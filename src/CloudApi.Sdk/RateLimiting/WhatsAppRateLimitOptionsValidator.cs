using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>Checks <see cref="WhatsAppRateLimitOptions"/> at start-up.</summary>
internal sealed class WhatsAppRateLimitOptionsValidator : IValidateOptions<WhatsAppRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, WhatsAppRateLimitOptions options)
    {
        var tenant = string.IsNullOrEmpty(name) ? "WhatsApp rate limiting" : $"WhatsApp client '{name}' rate limiting";
        var failures = new List<string>();
        if (options.MessagesPerSecond is < 1 or > RateLimitDefaults.MaxMessagesPerSecond)
        {
            failures.Add($"{tenant}: MessagesPerSecond {options.MessagesPerSecond} is out of range (1 to {RateLimitDefaults.MaxMessagesPerSecond}).");
        }

        foreach (var (number, rate) in options.NumberMessagesPerSecond)
        {
            if (rate is < 1 or > RateLimitDefaults.MaxMessagesPerSecond)
            {
                failures.Add($"{tenant}: NumberMessagesPerSecond[{number}] = {rate} is out of range (1 to {RateLimitDefaults.MaxMessagesPerSecond}).");
            }
        }

        if (!(options.ThroughputHeadroom is >= 0 and <= 0.5))
        {
            failures.Add($"{tenant}: ThroughputHeadroom {options.ThroughputHeadroom} is out of range (0 to 0.5).");
        }

        if (options.MaxQueueLength is < 1 or > 1_000_000)
        {
            failures.Add($"{tenant}: MaxQueueLength {options.MaxQueueLength} is out of range (1 to 1,000,000).");
        }

        if (options.PairBurst is < 1 or > RateLimitDefaults.PairBurst)
        {
            failures.Add($"{tenant}: PairBurst {options.PairBurst} is out of range (1 to {RateLimitDefaults.PairBurst}, Meta's limit).");
        }

        if (options.PairInterval < TimeSpan.FromSeconds(1) || options.PairInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"{tenant}: PairInterval {options.PairInterval} is out of range (1 second to 1 hour).");
        }

        if (options.PairSafetyMargin < TimeSpan.Zero || options.PairSafetyMargin > TimeSpan.FromSeconds(10))
        {
            failures.Add($"{tenant}: PairSafetyMargin {options.PairSafetyMargin} is out of range (0 to 10 seconds).");
        }

        if (options.MaxThrottlingRetries is < 0 or > 10)
        {
            failures.Add($"{tenant}: MaxThrottlingRetries {options.MaxThrottlingRetries} is out of range (0 to 10).");
        }

        if (options.MaxThrottlingRetryDelay < TimeSpan.FromSeconds(1) || options.MaxThrottlingRetryDelay > TimeSpan.FromHours(1))
        {
            failures.Add($"{tenant}: MaxThrottlingRetryDelay {options.MaxThrottlingRetryDelay} is out of range (1 second to 1 hour).");
        }

        if (!Enum.IsDefined(options.PairPolicy))
        {
            failures.Add($"{tenant}: PairPolicy {options.PairPolicy} is not a known policy (Wait or FailFast).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws a <see cref="WhatsAppValidationException"/> (field <c>RateLimiting</c>) describing every wrong setting.</summary>
    public static void ThrowIfInvalid(WhatsAppRateLimitOptions options)
    {
        var result = new WhatsAppRateLimitOptionsValidator().Validate(name: null, options);
        if (result.Failed)
        {
            throw new WhatsAppValidationException("RateLimiting", string.Join(" ", result.Failures));
        }
    }
}
