using CloudApi.Sdk.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CloudApi.Sdk.Emulator.Hosting;

/// <summary>
/// Standalone mode (<see cref="WhatsAppEmulator.RunStandaloneAsync"/>, the <c>whatsapp-emulator</c> tool). Options come
/// from the <c>Emulator</c> section of appsettings.json, environment variables (<c>Emulator__AppSecret</c>) and the
/// command line (<c>--Emulator:WebhookCallbackUri=...</c>).
/// </summary>
internal static class StandaloneHost
{
    /// <summary>Exit code for arguments or options that do not make sense (after printing why, and the usage).</summary>
    public const int UsageExitCode = 2;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.WantsHelp(args))
        {
            await Console.Out.WriteAsync(CommandLine.Usage).ConfigureAwait(false);
            return 0;
        }

        if (CommandLine.Problem(args) is { } problem)
        {
            return await UsageErrorAsync(problem).ConfigureAwait(false);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        var options = new EmulatorOptions();
        try
        {
            builder.Configuration.GetSection("Emulator").Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
            OptionsValidator.Normalize(options);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return await UsageErrorAsync(e.Message).ConfigureAwait(false);
        }

        using var state = new EmulatorState(options);
        var app = EmulatorApp.Build(builder, state);
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, options));
        await app.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> UsageErrorAsync(string problem)
    {
        await Console.Error.WriteLineAsync("whatsapp-emulator: " + problem).ConfigureAwait(false);
        await Console.Error.WriteLineAsync().ConfigureAwait(false);
        await Console.Error.WriteAsync(CommandLine.Usage).ConfigureAwait(false);
        return UsageExitCode;
    }

    private static void PrintBanner(WebApplication app, EmulatorOptions options)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var number = options.PhoneNumbers[0];
        const string Sample = """{"messaging_product":"whatsapp","to":"+15550001111","type":"text","text":{"body":"hello"}}""";
        var webhooks = options.WebhookCallbackUri?.ToString() ?? "(none; set Emulator__WebhookCallbackUri)";
        Console.WriteLine($"""
            WhatsApp Cloud API emulator listening on {address}/
              inbox:           {address}/ (open it in a browser)
              access token:    {options.AccessTokens[0]}
              phone number id: {number.Id} ({number.DisplayPhoneNumber}, {number.MessagesPerSecond} mps)
              WABA id:         {options.BusinessAccounts[0].Id}
              webhooks:        {webhooks}
            Try:
              curl -s {address}/v26.0/{number.Id}/messages -H 'Authorization: Bearer {options.AccessTokens[0]}' -H 'Content-Type: application/json' -d '{Sample}'
              curl -s {address}/_emulator/stats
            """);
    }
}
