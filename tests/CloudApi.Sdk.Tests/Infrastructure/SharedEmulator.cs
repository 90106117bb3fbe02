using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.Infrastructure;

/// <summary>
/// One emulator for the message-shape tests: every message the SDK builds is also sent to it, so Meta's validation
/// rules as the emulator implements them cross-check the SDK's serialization. Limits are raised out of the way.
/// </summary>
internal static class SharedEmulator
{
    public const string Token = "shared-emulator-token";
    public const string PhoneNumberId = "100000000000777";

    private static readonly Lazy<Task<IMessagesClient>> Client = new(StartAsync);

    /// <summary>Sends <paramref name="message"/> to the emulator and asserts Meta's rules accept it.</summary>
    public static async Task AssertAcceptedAsync(string to, WhatsAppMessage message, SendMessageOptions? options)
    {
        var client = await Client.Value;
        var forEmulator = new SendMessageOptions
        {
            PhoneNumberId = PhoneNumberId,
            ReplyToMessageId = options?.ReplyToMessageId,
            BizOpaqueCallbackData = options?.BizOpaqueCallbackData,
        };
        var result = await client.SendAsync(to, message, forEmulator, TestContext.Current.CancellationToken);
        Assert.StartsWith("wamid.", result.MessageId, StringComparison.Ordinal);
    }

    private static async Task<IMessagesClient> StartAsync()
    {
        var options = new EmulatorOptions { PairLimitBurst = 100_000 };
        options.AccessTokens.Add(Token);
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = PhoneNumberId, MessagesPerSecond = 100_000 });

        // Lives for the test run: the process exit tears down its listener.
        var emulator = await WhatsAppEmulator.StartAsync(options);
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = Token;
            o.PhoneNumberId = PhoneNumberId;
            o.BaseAddress = emulator.BaseAddress;
        }).ConfigureRateLimiting(limits => limits.Enabled = false); // every shape goes to one user; the emulator's limits are raised too
        return services.BuildServiceProvider().GetRequiredService<IWhatsAppClient>().Messages;
    }
}
