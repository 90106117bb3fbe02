using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.Docs;

/// <summary>The README's quick start, compiled and run against the emulator: the documented example must work.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task QuickStart_AsWrittenInReadme_SendsBothMessages()
    {
        var emulatorOptions = new EmulatorOptions();
        emulatorOptions.AccessTokens.Add("readme-token");
        emulatorOptions.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = "106540352242922" });
        await using var emulator = await WhatsAppEmulator.StartAsync(emulatorOptions, TestContext.Current.CancellationToken);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WhatsApp:AccessToken"] = "readme-token",
            ["WhatsApp:PhoneNumberId"] = "106540352242922",
            ["WhatsApp:BaseAddress"] = emulator.BaseAddress.ToString(),
        }).Build();

        // --- README "Quick start", verbatim (so without the test's cancellation token) ---
#pragma warning disable xUnit1051
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(configuration.GetSection("WhatsApp")); // AccessToken, PhoneNumberId, ...
        using var provider = services.BuildServiceProvider();
        var whatsApp = provider.GetRequiredService<IWhatsAppClient>();

        var sent = await whatsApp.Messages.SendTextAsync("+16505551234", "Your order has shipped 📦");
        Console.WriteLine($"accepted {sent.MessageId} for {sent.WaId}");

        await whatsApp.Messages.SendAsync("+16505551234", new ImageMessage(MediaSource.FromLink(new Uri("https://example.com/a.jpg"))) { Caption = "Receipt" },
            new SendMessageOptions { ReplyToMessageId = "wamid.HBgL..." });
#pragma warning restore xUnit1051
        // --- end of the README example ---

        Assert.Equal("16505551234", sent.WaId);
        Assert.Equal(["text", "image"], emulator.Messages.Select(m => m.Type));
    }
}
