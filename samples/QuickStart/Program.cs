using System.CommandLine;
using System.CommandLine.Invocation;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using CloudApi.Sdk;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

// QuickStart: sends a campaign (a durable record per message, here in memory: see docs/campaigns.md) through the SDK's
// rate limiter and shows that Meta's limits are never hit.
//   dotnet run --project samples/QuickStart [-- --recipients 200 --messages 1000 --burst 50]   (--help for the usage)
// With WhatsApp__BaseAddress, WhatsApp__AccessToken and WhatsApp__PhoneNumberId set it sends there (recipients are
// generated numbers: point it at a test setup, not at real people); otherwise it starts the emulator in-process.
var recipientsOption = Count("--recipients", "How many users to send to.", fallback: 200, minimum: 1);
var messagesOption = Count("--messages", "How many messages to send in all.", fallback: 1000, minimum: 1);
var burstOption = Count("--burst", "How many of them go to the first user (capped at --messages).", fallback: 50, minimum: 0);
var command = new RootCommand("Sends a campaign through the SDK's rate limiter, to the in-process emulator unless WhatsApp__AccessToken and " +
    "WhatsApp__PhoneNumberId are set, and prints a Summary line. Exit codes: 0 all accepted, 1 some failed, 2 usage error.")
{
    recipientsOption, messagesOption, burstOption,
};
var parsed = command.Parse(args);
if (parsed.Action is ParseErrorAction)
{
    foreach (var message in parsed.Errors.Select(e => e.Message).Distinct())
    {
        Console.Error.WriteLine("QuickStart: " + message);
    }

    Console.Error.WriteLine("Run with --help for the usage.");
    return 2;
}

if (parsed.Action is not null)
{
    return await parsed.InvokeAsync(); // --help, --version
}

var recipients = parsed.GetValue(recipientsOption);
var total = parsed.GetValue(messagesOption);
var burst = Math.Min(parsed.GetValue(burstOption), total);
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var section = configuration.GetSection("WhatsApp");
WhatsAppEmulator? emulator = null;
if (string.IsNullOrEmpty(section["AccessToken"]) || string.IsNullOrEmpty(section["PhoneNumberId"]))
{
    emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions());
    var number = emulator.Options.PhoneNumbers[0];
    section["BaseAddress"] = emulator.BaseAddress.ToString();
    section["AccessToken"] = emulator.Options.AccessTokens[0];
    section["PhoneNumberId"] = number.Id;
    AnsiConsole.MarkupLine($"[grey]No WhatsApp__AccessToken/PhoneNumberId set: sending to the emulator at {emulator.BaseAddress} (number {number.Id}, {number.MessagesPerSecond} mps).[/]");
}

var services = new ServiceCollection();
services.AddWhatsAppCloudApi(section).AddCampaigns(); // in memory; UseRedisCampaignStore(...) to share it between processes
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IWhatsAppClient>();

// Counts the throttling answers the server gave (the limiter retries them, so they would otherwise be invisible).
var rateLimitErrors = 0L;
using var listener = new MeterListener();
listener.InstrumentPublished = (instrument, l) =>
{
    if (instrument.Meter.Name == "CloudApi.Sdk" && instrument.Name == "cloudapi.sdk.ratelimit.retries")
    {
        l.EnableMeasurementEvents(instrument);
    }
};
listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
{
    foreach (var tag in tags)
    {
        if (tag is { Key: "error_code", Value: WhatsAppErrorCodes.PairRateLimit or WhatsAppErrorCodes.ThroughputLimit })
        {
            Interlocked.Add(ref rateLimitErrors, value);
        }
    }
});
listener.Start();

// The first `burst` messages go to the first recipient; the rest are spread over the others (over all if there is one).
var numbers = Enumerable.Range(0, recipients).Select(i => "+1555" + (1_000_000 + i).ToString(CultureInfo.InvariantCulture)).ToArray();
var messages = Enumerable.Range(0, total).Select(i =>
{
    var to = i < burst ? numbers[0] : numbers[recipients == 1 ? 0 : 1 + ((i - burst) % (recipients - 1))];
    return new BulkMessage(to, new TextMessage($"QuickStart message {i + 1} of {total}"));
}).ToList();

// The rates the limiter paces this number at (WhatsApp__RateLimiting__MessagesPerSecond, default 80): the estimate's inputs.
var limits = provider.GetRequiredService<IOptionsMonitor<WhatsAppRateLimitOptions>>().Get(Options.DefaultName);
var rate = limits.GetMessagesPerSecond(section["PhoneNumberId"]!);
var perRecipientMax = messages.GroupBy(m => m.Recipient).Max(g => g.Count());
var pairWait = Math.Max(0, perRecipientMax - limits.PairBurst) * limits.PairInterval.TotalSeconds;
AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
    $"Sending {total} messages to {recipients} recipients ({burst} to the first) at {rate} mps: about {total / (double)rate:0.#} s of throughput; ") +
    string.Create(CultureInfo.InvariantCulture,
    $"the pair limit lets {limits.PairBurst} go to one person at once, then one per {limits.PairInterval.TotalSeconds:0.#} s, so the busiest recipient ({perRecipientMax} messages) needs about {pairWait:0} s."));

var campaigns = provider.GetRequiredService<IWhatsAppCampaigns>();
var name = "quickstart-" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
// No webhook endpoint here to resolve an unknown outcome (docs/campaigns.md): report it after a minute.
await campaigns.CreateAsync(name, messages, new CampaignCreateOptions { UnknownOutcomeTimeout = TimeSpan.FromMinutes(1) });
await campaigns.StartAsync(name);
var stopwatch = Stopwatch.StartNew();
CampaignProgress result = null!;
await AnsiConsole.Progress()
    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
    .StartAsync(async context =>
    {
        var task = context.AddTask("sending", maxValue: total);
        var progress = new Progress<CampaignProgress>(p =>
        {
            task.Value = p.Counts.Done;
            task.Description = string.Create(CultureInfo.InvariantCulture,
                $"accepted {p.Counts.Accepted}, failed {p.Counts.Failed}, unknown {p.Counts.OutcomeUnknown}, about {p.EstimatedTimeRemaining?.TotalSeconds ?? 0:0} s left");
        });

        result = await campaigns.RunAsync(name, new CampaignRunOptions { MaxConcurrency = 64, Progress = progress });
        task.Value = total;
    });
stopwatch.Stop();

var accepted = result.Counts.Accepted;
var failed = result.Counts.Failed + result.Counts.OutcomeUnknown;
var shown = 0;
await foreach (var failure in campaigns.ReadResultsAsync(name))
{
    if (failure.State is CampaignMessageState.Failed or CampaignMessageState.OutcomeUnknown && shown++ < 5)
    {
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]message {failure.Index + 1} to {failure.Recipient}: {failure.State} {failure.Error?.Message}[/]");
    }
}
if (emulator is not null)
{
    var stats = emulator.Stats.Total;
    rateLimitErrors = Math.Max(rateLimitErrors, stats.ErrorCount(WhatsAppErrorCodes.PairRateLimit) + stats.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
    await emulator.DisposeAsync();
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Measured: {accepted / Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001):0.#} accepted messages/s on average (limit {rate} mps)."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Summary: accepted={accepted} failed={failed} rate-limit-errors={rateLimitErrors} elapsed={stopwatch.Elapsed.TotalSeconds:0.0}"));
return failed == 0 ? 0 : 1;

// A whole-number option: "abc" or a value below the minimum is a usage error naming the option, not a silent default.
static Option<int> Count(string name, string description, int fallback, int minimum) => new(name)
{
    Description = string.Create(CultureInfo.InvariantCulture, $"{description} At least {minimum}."),
    DefaultValueFactory = _ => fallback,
    CustomParser = result =>
    {
        if (result.Tokens.Count == 0)
        {
            return fallback;
        }

        var text = result.Tokens[0].Value;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} takes a whole number of at least {minimum}, not '{text}'."));
        }

        return value;
    },
};
