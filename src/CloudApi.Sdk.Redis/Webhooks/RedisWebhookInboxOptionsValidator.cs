using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.Redis.Webhooks;

/// <summary>Checks the inbox settings at start-up.</summary>
internal sealed class RedisWebhookInboxOptionsValidator : IValidateOptions<RedisWebhookInboxOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisWebhookInboxOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.StreamKey))
        {
            failures.Add("Redis webhook inbox: StreamKey is required.");
        }

        if (string.IsNullOrWhiteSpace(options.ConsumerGroup))
        {
            failures.Add("Redis webhook inbox: ConsumerGroup is required.");
        }

        if (options.ConsumerName is { } consumer && string.IsNullOrWhiteSpace(consumer))
        {
            failures.Add("Redis webhook inbox: ConsumerName must not be blank (leave it null for a generated one).");
        }

        if (options.DeadLetterStreamKey is { } dead && (string.IsNullOrWhiteSpace(dead) || dead == options.StreamKey))
        {
            failures.Add("Redis webhook inbox: DeadLetterStreamKey must be a key other than StreamKey (leave it null for StreamKey + \":dead\").");
        }

        Range(failures, nameof(options.Workers), options.Workers, 0, 64);
        Range(failures, nameof(options.BatchSize), options.BatchSize, 1, 1_000);
        Range(failures, nameof(options.MaxDeliveries), options.MaxDeliveries, 1, 1_000);
        Range(failures, nameof(options.DeadLetterMaxLength), options.DeadLetterMaxLength, 1, 10_000_000);
        if (options.PollInterval < TimeSpan.FromMilliseconds(10) || options.PollInterval > TimeSpan.FromMinutes(1))
        {
            failures.Add($"Redis webhook inbox: PollInterval {options.PollInterval} is out of range (10 ms to 1 minute).");
        }

        if (options.ClaimIdleTime < TimeSpan.FromMilliseconds(100) || options.ClaimIdleTime > TimeSpan.FromDays(1))
        {
            failures.Add($"Redis webhook inbox: ClaimIdleTime {options.ClaimIdleTime} is out of range (100 ms to 1 day).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"Redis webhook inbox: {name} {value} is out of range ({min} to {max}).");
        }
    }
}
