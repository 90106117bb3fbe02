using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using CloudApi.Sdk;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

// QuickStart: sends a campaign through the SDK's rate limiter and shows that Meta's limits are never hit.
//   dotnet run --project samples/QuickStart [-- --recipients 200 --messages 1000 --burst 50]
// With WhatsApp__BaseAddress, WhatsApp__AccessToken and WhatsApp__PhoneNumberId set it sends there (recipients are
// generated numbers: point it at a test setup, not at real people); otherwise it starts the emulator in-process.
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var recipients = Option(args, "--recipients", 200);
var total = Option(args, "--messages", 1000);
var burst = Math.Min(Option(args, "--burst", 50), total);
if (recipients < 1 || total < 1 || burst < 0)
{
    Console.Error.WriteLine("--recipients and --messages must be at least 1, --burst at least 0.");
    return 2;
}

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
services.AddWhatsAppCloudApi(section);
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

var perRecipientMax = messages.GroupBy(m => m.Recipient).Max(g => g.Count());
var pairWait = Math.Max(0, perRecipientMax - 45) * 6;
AnsiConsole.MarkupLine($"Sending {total} messages to {recipients} recipients ({burst} to the first) at 80 mps: about {total / 80.0:0.#} s of throughput; " +
    $"the pair limit lets 45 go to one person at once, then one per 6 s, so the busiest recipient ({perRecipientMax} messages) needs about {pairWait} s.");

var stopwatch = Stopwatch.StartNew();
BulkSendResult result = null!;
await AnsiConsole.Progress()
    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
    .StartAsync(async context =>
    {
        var task = context.AddTask("sending", maxValue: total);
        var progress = new Progress<BulkSendProgress>(p =>
        {
            task.Value = p.Completed;
            task.Description = $"accepted {p.Accepted}, failed {p.Failed}";
        });
        result = await client.Messages.SendBulkAsync(messages, new BulkSendOptions { MaxConcurrency = 64, Progress = progress });
        task.Value = total;
    });
stopwatch.Stop();

foreach (var failure in result.Messages.Where(m => !m.IsAccepted).Take(5))
{
    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]message {failure.Index + 1} to {failure.Message.Recipient}: {failure.Error?.Message}[/]");
}

if (emulator is not null)
{
    var stats = emulator.Stats.Total;
    rateLimitErrors = Math.Max(rateLimitErrors, stats.ErrorCount(WhatsAppErrorCodes.PairRateLimit) + stats.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
    await emulator.DisposeAsync();
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Summary: accepted={result.Accepted} failed={result.Failed} rate-limit-errors={rateLimitErrors} elapsed={stopwatch.Elapsed.TotalSeconds:0.0}"));
return result.Failed == 0 ? 0 : 1;

static int Option(string[] args, string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
