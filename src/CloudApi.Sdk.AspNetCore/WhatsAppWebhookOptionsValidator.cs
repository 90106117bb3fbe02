using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>Checks the webhook options, and that an app secret is configured, at start-up.</summary>
internal sealed class WhatsAppWebhookOptionsValidator(IOptionsMonitor<WhatsAppOptions> clientOptions) : IValidateOptions<WhatsAppWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WhatsAppWebhookOptions options)
    {
        var failures = new List<string>();
        if (options.MaxBodySize is < 1024 or > 64 * 1024 * 1024)
        {
            failures.Add($"WhatsApp webhooks: MaxBodySize {options.MaxBodySize} is out of range (1 KiB to 64 MiB).");
        }

        if (options.DeduplicationCapacity is < 1 or > 10_000_000)
        {
            failures.Add($"WhatsApp webhooks: DeduplicationCapacity {options.DeduplicationCapacity} is out of range (1 to 10,000,000).");
        }

        if (options.DeduplicationWindow < TimeSpan.FromMinutes(1) || options.DeduplicationWindow > TimeSpan.FromDays(30))
        {
            failures.Add($"WhatsApp webhooks: DeduplicationWindow {options.DeduplicationWindow} is out of range (1 minute to 30 days).");
        }

        if (options.QueueCapacity is < 1 or > 1_000_000)
        {
            failures.Add($"WhatsApp webhooks: QueueCapacity {options.QueueCapacity} is out of range (1 to 1,000,000).");
        }

        if (options.QueueWorkers is < 1 or > 64)
        {
            failures.Add($"WhatsApp webhooks: QueueWorkers {options.QueueWorkers} is out of range (1 to 64).");
        }

        if (!Enum.IsDefined(options.DispatchMode))
        {
            failures.Add($"WhatsApp webhooks: DispatchMode {options.DispatchMode} is not a known mode.");
        }

        if (string.IsNullOrEmpty(clientOptions.Get(options.ClientName ?? string.Empty).AppSecret) &&
            !options.AdditionalAppSecrets.Any(static s => !string.IsNullOrEmpty(s)))
        {
            var client = string.IsNullOrEmpty(options.ClientName) ? "WhatsApp" : $"WhatsApp client '{options.ClientName}'";
            failures.Add($"{client}: AppSecret is required to receive webhooks (Meta app dashboard > App settings > Basic).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
