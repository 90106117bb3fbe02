using CloudApi.Sdk.Emulator;

namespace CloudApi.Sdk.Cli.Tests;

/// <summary>An emulator on loopback and the WhatsApp settings (as environment variables would give them) that point the tool at it.</summary>
internal sealed class EmulatorSettings : IAsyncDisposable
{
    public const string Token = "cli-test-token";
    public const string PhoneNumberId = "106540352242922";
    public const string BusinessAccountId = "102290129340398";

    private EmulatorSettings(WhatsAppEmulator emulator) => Emulator = emulator;

    public WhatsAppEmulator Emulator { get; }

    public Dictionary<string, string?> Settings => new()
    {
        ["WhatsApp:AccessToken"] = Token,
        ["WhatsApp:PhoneNumberId"] = PhoneNumberId,
        ["WhatsApp:BusinessAccountId"] = BusinessAccountId,
        ["WhatsApp:BaseAddress"] = Emulator.BaseAddress.ToString(),
    };

    public static async Task<EmulatorSettings> StartAsync()
    {
        var options = new EmulatorOptions();
        options.AccessTokens.Add(Token);
        options.BusinessAccounts.Add(new EmulatedBusinessAccount { Id = BusinessAccountId, Name = "CLI tests" });
        options.PhoneNumbers.Add(new EmulatedPhoneNumber
        {
            Id = PhoneNumberId,
            DisplayPhoneNumber = "+1 555-078-3881",
            VerifiedName = "CLI Test Shop",
            BusinessAccountId = BusinessAccountId,
            MessagesPerSecond = 250,
        });
        return new EmulatorSettings(await WhatsAppEmulator.StartAsync(options, TestContext.Current.CancellationToken));
    }

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
