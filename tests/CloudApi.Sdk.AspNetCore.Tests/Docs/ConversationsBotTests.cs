using System.Net;
using System.Net.Sockets;
using CloudApi.Sdk.AspNetCore.Tests.Conversations;
using CloudApi.Sdk.Emulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Tests.Docs;

/// <summary>docs/conversations.md's bot is <see cref="ConversationsBot"/>, verbatim, and it holds the dialogue it shows.</summary>
public sealed class ConversationsBotTests
{
    private const string User = "+16505551234";

    [Fact]
    public void Bot_Document_ShowsTheCompiledSnippet()
    {
        var document = File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot(), "docs", "conversations.md"));
        var source = File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot(), "tests", "CloudApi.Sdk.AspNetCore.Tests", "Docs", "ConversationsBot.cs"));

        Assert.Equal(DocSnippets.MarkedRegions(source, "conversations-bot"), DocSnippets.FirstCodeBlock(document));
    }

    [Fact]
    public async Task Bot_OrderDialogueImageAndUnknownText_AnsweredAsDocumented()
    {
        var ct = TestContext.Current.CancellationToken;
        var url = $"http://127.0.0.1:{FreePort()}";
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions { AppSecret = BotHost.AppSecret, WebhookCallbackUri = new Uri(url + "/webhook") }, ct);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WhatsApp:AccessToken"] = emulator.Options.AccessTokens[0],
            ["WhatsApp:PhoneNumberId"] = emulator.Options.PhoneNumbers[0].Id,
            ["WhatsApp:BaseAddress"] = emulator.BaseAddress.ToString(),
            ["WhatsApp:AppSecret"] = BotHost.AppSecret,
        });
        ConversationsBot.Register(builder);
        await using var app = builder.Build();
        app.MapWhatsAppWebhook("/webhook");
        await app.StartAsync(ct);
        var user = new EmulatedUser(emulator);

        await user.SaysAsync("/order");
        Assert.Equal("Which size: S, M or L?", Text(await user.ReadAsync(1)));
        await user.SaysAsync("XL");                               // not an answer: the fallback says so, the wait goes on
        Assert.Equal("interactive", (await user.ReadAsync(2)).Type);
        await user.SaysAsync(" m ");
        Assert.Contains("One M T-shirt?", (await user.ReadAsync(3)).Body, StringComparison.Ordinal);
        await user.TapsAsync("yes", "Yes");
        Assert.Equal("Ordered! 👕", Text(await user.ReadAsync(4)));

        await user.TapsAsync("help", "Help");
        Assert.Equal("Send /order to order a T-shirt.", Text(await user.ReadAsync(5)));
        await app.StopAsync(ct);
    }

    private static string Text(EmulatedMessage message) => BotHost.TextOf(message);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The user's side, through the emulator: writes, taps, and reads what the bot sent.</summary>
    private sealed class EmulatedUser(WhatsAppEmulator emulator)
    {
        public Task SaysAsync(string text) => emulator.SimulateInboundMessageAsync(User, text, cancellationToken: TestContext.Current.CancellationToken);

        public async Task TapsAsync(string id, string title)
        {
            using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
            var body = "{\"from\":\"" + User + "\",\"message\":{\"type\":\"interactive\",\"interactive\":{\"type\":\"button_reply\",\"button_reply\":{\"id\":\"" + id + "\",\"title\":\"" + title + "\"}}}}";
            using var response = await http.PostAsync("_emulator/inbound", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
        }

        /// <summary>The <paramref name="number"/>th message the bot sent (1-based), once it is there.</summary>
        public async Task<EmulatedMessage> ReadAsync(int number)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            while (emulator.Messages.Count < number)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
            }

            return emulator.Messages[number - 1];
        }
    }
}
