using System.CommandLine;
using CloudApi.Sdk.Emulator;

namespace CloudApi.Sdk.Cli.Commands;

/// <summary>
/// <c>whatsapp emulator</c>: the CloudApi.Sdk.Emulator server (the same one the <c>whatsapp-emulator</c> tool runs) on
/// loopback until Ctrl+C, its inbox opened in the browser. For every emulator option, use <c>whatsapp-emulator</c>.
/// </summary>
internal static class EmulatorCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "The loopback port (0: a free one).", DefaultValueFactory = _ => 5080, CustomParser = Integers.AtLeast(0, "--port", 5080) };
        port.Validators.Add(result =>
        {
            if (!result.Errors.Any() && result.GetValueOrDefault<int>() > 65535)
            {
                result.AddError("--port must be 65535 at most.");
            }
        });
        var webhookUrl = new Option<Uri?>("--webhook-url") { Description = "Where the emulator posts signed webhooks (statuses, the inbox's answers).", HelpName = "url", CustomParser = HttpAddress.Parse };
        var appSecret = new Option<string?>("--app-secret") { Description = "The secret that signs the webhooks. Default: emulator-app-secret.", HelpName = "secret" };
        var noOpen = new Option<bool>("--no-open") { Description = "Do not open the inbox in the browser." };
        var command = new Command("emulator", "Run the WhatsApp Cloud API emulator on loopback and open its inbox (chats as the user sees them) until Ctrl+C.")
        {
            port, webhookUrl, appSecret, noOpen,
        };
        CommandAction.Set(command, context, async (parsed, cancellationToken) =>
        {
            var options = new EmulatorOptions { Port = parsed.GetValue(port) is > 0 and var fixedPort ? fixedPort : null };
            options.WebhookCallbackUri = parsed.GetValue(webhookUrl);
            if (parsed.GetValue(appSecret) is { } secret)
            {
                options.AppSecret = secret;
            }

            WhatsAppEmulator emulator;
            try
            {
                emulator = await WhatsAppEmulator.StartAsync(options, cancellationToken);
            }
            catch (IOException e)
            {
                throw CliException.Usage($"cannot listen on port {options.Port}: {e.Message} Pass another --port.");
            }

            await using (emulator)
            {
                await WriteBannerAsync(context.Out, emulator);
                if (!parsed.GetValue(noOpen) && !context.OpenBrowser(emulator.BaseAddress))
                {
                    await context.Out.WriteLineAsync($"Open {emulator.BaseAddress} in a browser to see the inbox.");
                }

                await WaitForStopAsync(cancellationToken);
                await context.Out.WriteLineAsync("Emulator stopped.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Task WriteBannerAsync(TextWriter output, WhatsAppEmulator emulator)
    {
        var number = emulator.Options.PhoneNumbers[0];
        var webhooks = emulator.Options.WebhookCallbackUri?.ToString() ?? "(none; pass --webhook-url)";
        return output.WriteLineAsync($"""
            WhatsApp Cloud API emulator listening on {emulator.BaseAddress}
              inbox:           {emulator.BaseAddress}
              phone number id: {number.Id} ({number.DisplayPhoneNumber}, {number.MessagesPerSecond} mps)
              WABA id:         {emulator.Options.BusinessAccounts[0].Id}
              webhooks:        {webhooks}
            Point the tool (or your app) at it from another terminal:
              export WhatsApp__BaseAddress={emulator.BaseAddress} WhatsApp__AccessToken={emulator.Options.AccessTokens[0]} WhatsApp__PhoneNumberId={number.Id} WhatsApp__BusinessAccountId={emulator.Options.BusinessAccounts[0].Id}
              whatsapp send text +16505551234 "hello"
            Press Ctrl+C to stop.
            """);
    }

    private static async Task WaitForStopAsync(CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (cancellationToken.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task;
        }
    }
}
