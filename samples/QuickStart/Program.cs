using System.Diagnostics;
using CloudApi.Sdk;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuickStart;
using Spectre.Console;

// QuickStart: a small campaign sent through CloudApi.Sdk's rate limiter.
//   dotnet run --project samples/QuickStart [-- --recipients 200 --messages 1000 --burst 50]
// With WhatsApp__BaseAddress, WhatsApp__AccessToken and WhatsApp__PhoneNumberId set it sends there; otherwise it starts
// the Cloud API emulator in-process (Meta's limits enforced: 80 messages/s per number, 1 per 6 s per user, bursts of 45).
var settings = CampaignSettings.Parse(args);
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var section = configuration.GetSection("WhatsApp");
var useMeta = !string.IsNullOrEmpty(section["BaseAddress"]) && !string.IsNullOrEmpty(section["AccessToken"]) && !string.IsNullOrEmpty(section["PhoneNumberId"]);

await using var emulator = useMeta ? null : await WhatsAppEmulator.StartAsync(new EmulatorOptions());
var counter = new ThrottlingAnswerCounter();
var services = new ServiceCollection();
var whatsApp = useMeta
    ? services.AddWhatsAppCloudApi(section)
    : services.AddWhatsAppCloudApi(options =>
    {
        options.BaseAddress = emulator!.BaseAddress;
        options.AccessToken = emulator.Options.AccessTokens[0];
        options.PhoneNumberId = emulator.Options.PhoneNumbers[0].Id;
    });
whatsApp.HttpClient.AddHttpMessageHandler(counter.CreateHandler);
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IWhatsAppClient>();

var plan = CampaignPlan.Create(settings);
AnsiConsole.MarkupLine(useMeta
    ? $"Sending to [bold]{Markup.Escape(section["BaseAddress"]!)}[/]."
    : $"No Meta credentials set: sending to the in-process emulator at [bold]{emulator!.BaseAddress}[/].");
AnsiConsole.MarkupLine(
    $"{settings.Messages} messages to {settings.Recipients} recipients, {settings.Burst} of them to the first one. " +
    $"Meta allows a user 45 messages at once, then one per 6 s: expect about {plan.ExpectedSeconds(throughput: 80):0} s.");

var outcome = new CampaignOutcome();
var stopwatch = Stopwatch.StartNew();
await AnsiConsole.Progress()
    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
    .StartAsync(async progress =>
    {
        var bar = progress.AddTask("sending", maxValue: plan.Messages.Count);
        await Parallel.ForEachAsync(plan.Messages, new ParallelOptions { MaxDegreeOfParallelism = 256 }, async (message, ct) =>
        {
            try
            {
                await client.Messages.SendTextAsync(message.Recipient, message.Text, cancellationToken: ct);
                outcome.Accepted();
            }
            catch (Exception e) when (e is WhatsAppException or WhatsAppValidationException)
            {
                outcome.Failed(e);
            }

            bar.Increment(1);
            bar.Description = $"accepted {outcome.AcceptedCount}, failed {outcome.FailedCount}";
        });
    });

foreach (var (error, count) in outcome.FailureSummary())
{
    AnsiConsole.MarkupLine($"[red]{count} x {Markup.Escape(error)}[/]");
}

Console.WriteLine(
    $"Summary: accepted={outcome.AcceptedCount} failed={outcome.FailedCount} rate-limit-errors={counter.Count} elapsed={stopwatch.Elapsed.TotalSeconds:0.0}");
return outcome.FailedCount == 0 ? 0 : 1;
