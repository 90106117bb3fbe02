namespace CloudApi.Sdk.Emulator.Hosting;

/// <summary>Fills the defaults that make an empty configuration usable, and refuses an inconsistent one.</summary>
internal static class OptionsValidator
{
    public const string DefaultToken = "emulator-token";

    public static void Normalize(EmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AccessTokens.Count == 0)
        {
            options.AccessTokens.Add(DefaultToken);
        }

        if (options.BusinessAccounts.Count == 0)
        {
            options.BusinessAccounts.Add(new EmulatedBusinessAccount());
        }

        if (options.PhoneNumbers.Count == 0)
        {
            options.PhoneNumbers.Add(new EmulatedPhoneNumber());
        }

        Require(options.AccessTokens.All(t => !string.IsNullOrWhiteSpace(t)), "Access tokens must not be empty.");
        Require(options.PhoneNumbers.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count() == options.PhoneNumbers.Count, "Phone-number ids must be unique.");
        Require(options.BusinessAccounts.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count() == options.BusinessAccounts.Count, "WABA ids must be unique.");
        foreach (var number in options.PhoneNumbers)
        {
            Require(!string.IsNullOrWhiteSpace(number.Id), "A phone number needs an id.");
            Require(number.MessagesPerSecond >= 1, $"Phone number {number.Id}: MessagesPerSecond must be 1 or more.");
            Require(
                number.BusinessAccountId is null || options.BusinessAccounts.Any(w => w.Id == number.BusinessAccountId),
                $"Phone number {number.Id}: WABA {number.BusinessAccountId} is not configured.");
        }

        Require(options.PairLimitBurst >= 1, "PairLimitBurst must be 1 or more.");
        Require(options.PairLimitInterval > TimeSpan.Zero, "PairLimitInterval must be positive.");
        Require(options.CustomerServiceWindow > TimeSpan.Zero, "CustomerServiceWindow must be positive.");
        Require(options.TemplateApprovalDelay >= TimeSpan.Zero, "TemplateApprovalDelay must not be negative.");
        Require(options.Webhooks.MaxAttempts >= 1, "Webhooks.MaxAttempts must be 1 or more.");
        Require(options.Webhooks.QueueCapacity >= 1, "Webhooks.QueueCapacity must be 1 or more.");
        Require(options.Webhooks.MaxConcurrentDeliveries is >= 1 and <= 256, "Webhooks.MaxConcurrentDeliveries must be 1 to 256.");
        Require(options.Webhooks.DuplicateDeliveryRate is >= 0 and <= 1, "Webhooks.DuplicateDeliveryRate must be between 0 and 1.");
        Require(options.Webhooks.RetryDelay >= TimeSpan.Zero, "Webhooks.RetryDelay must not be negative.");
        Require(options.WebhookCallbackUri is null || options.WebhookCallbackUri.IsAbsoluteUri, "WebhookCallbackUri must be absolute.");
        Require(!string.IsNullOrEmpty(options.AppSecret), "AppSecret must not be empty.");
        Require(options.TimeProvider is not null, "TimeProvider must not be null.");
        Require(options.Port is null or (>= 1 and <= 65535), "Port must be between 1 and 65535 (or null for a free port).");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException("Invalid emulator options: " + message);
        }
    }
}
