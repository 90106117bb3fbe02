using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Limits;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>A business number at run time: its configuration, limits and registration state.</summary>
internal sealed class PhoneNumberState
{
    public PhoneNumberState(EmulatedPhoneNumber config, string businessAccountId, EmulatorOptions options)
    {
        Config = config;
        BusinessAccountId = businessAccountId;
        Limiter = new NumberLimiter(config.MessagesPerSecond, options.PairLimitInterval, options.PairLimitBurst);
        Registered = config.Registered;
    }

    public EmulatedPhoneNumber Config { get; }

    public string Id => Config.Id;

    public string BusinessAccountId { get; }

    public NumberLimiter Limiter { get; }

    public Lock Sync { get; } = new();

    public bool Registered { get; set; }

    public string? Pin { get; set; }

    public string CodeVerificationStatus { get; set; } = "VERIFIED";

    public string? PendingCode { get; set; }

    public JsonObject Profile { get; set; } = new()
    {
        ["about"] = "Hello from the emulator",
        ["address"] = string.Empty,
        ["description"] = string.Empty,
        ["email"] = string.Empty,
        ["profile_picture_url"] = string.Empty,
        ["websites"] = new JsonArray(),
        ["vertical"] = "OTHER",
    };

    /// <summary>The display number as digits, as webhooks' <c>metadata.display_phone_number</c> carries it.</summary>
    public string DisplayDigits => Ids.Digits(Config.DisplayPhoneNumber);
}
