// EchoBot: a minimal WhatsApp bot (routes, replies, a two-step dialogue).
//
//   dotnet run --project samples/EchoBot
//
// With no WhatsApp__AccessToken / WhatsApp__PhoneNumberId set it starts the emulator in-process and prints its inbox's
// address: open it in a browser, write to the bot as the user (try /start), and watch it answer. With them set (and
// WhatsApp__AppSecret, WhatsApp__VerifyToken) it is a real bot: its callback URL is http(s)://<your host>/webhook.
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Emulator;

namespace EchoBot;

/// <summary>The entry point (a class in a namespace, not top-level statements: the tests reference several samples).</summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var section = builder.Configuration.GetSection("WhatsApp");
        WhatsAppEmulator? emulator = null;
        if (string.IsNullOrEmpty(section["AccessToken"]) || string.IsNullOrEmpty(section["PhoneNumberId"]))
        {
            var url = (builder.Configuration["urls"] ?? "http://127.0.0.1:5005").Split(';')[0].TrimEnd('/');
            builder.WebHost.UseUrls(url);
            var appSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions { AppSecret = appSecret, WebhookCallbackUri = new Uri(url + "/webhook") });
            section["BaseAddress"] = emulator.BaseAddress.ToString();
            section["AccessToken"] = emulator.Options.AccessTokens[0];
            section["PhoneNumberId"] = emulator.Options.PhoneNumbers[0].Id;
            section["AppSecret"] = appSecret;
            Console.WriteLine($"No WhatsApp__AccessToken/PhoneNumberId set: using the emulator. Open {emulator.BaseAddress} and write to the bot (try /start).");
        }

        builder.Services.AddWhatsAppCloudApi(section)
            .AddWebhooks(o =>
            {
                o.DispatchMode = WebhookDispatchMode.Queued; // a dialogue waiting for an answer holds a worker, not Meta's request
                o.QueueWorkers = 8;
            })
            .MapEchoBot();

        var app = builder.Build();
        app.MapWhatsAppWebhook("/webhook");
        await app.RunAsync();
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }
}
