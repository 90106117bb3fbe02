using System.Diagnostics.Metrics;
using System.Globalization;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// Campaigns over real loopback HTTP against the emulator, which enforces Meta's throughput limit per number exactly
/// (a token bucket as large as the rate: more than that many messages faster than the rate are refused with 130429).
/// No assertion on wall-clock rates: those are benchmarks (docs/benchmarks.md, "Achieved rate against the emulator").
/// </summary>
public sealed class EmulatorCampaignTests
{
    private const string Upgraded = "100000000000101";
    private const string Standard = "100000000000102";
    private const int MaxConcurrency = 64;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendBulkAsync_NumbersAt1000And80MpsInOneClient_EachShapedToItsOwnRateWithZeroServerRateErrors()
    {
        var emulatorOptions = new EmulatorOptions();
        emulatorOptions.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = Upgraded, MessagesPerSecond = 1_000 });
        emulatorOptions.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = Standard, MessagesPerSecond = 80 });
        await using var emulator = await WhatsAppEmulator.StartAsync(emulatorOptions, Ct);
        var services = new ServiceCollection().AddMetrics();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = emulator.Options.AccessTokens[0];
            o.PhoneNumberId = Standard;
            o.BaseAddress = emulator.BaseAddress;
        }).ConfigureRateLimiting(o => o.NumberMessagesPerSecond[Upgraded] = 1_000);
        await using var provider = services.BuildServiceProvider();
        using var waits = new MetricCollector<double>(provider.GetRequiredService<IMeterFactory>(), "CloudApi.Sdk", "cloudapi.sdk.ratelimit.wait");
        var client = provider.GetRequiredService<IWhatsAppClient>().Messages;

        // Unshaped, 1,500 sends (a full bucket plus 500) would reach the upgraded number far faster than 1,000 per second,
        // and 130 (80 plus 50) the standard one faster than 80 per second: the emulator would refuse some of each.
        var options = new BulkSendOptions { MaxConcurrency = MaxConcurrency };
        var results = await Task.WhenAll(
            client.SendBulkAsync(Campaign(Upgraded, 1_500), options, Ct),
            client.SendBulkAsync(Campaign(Standard, 130), options, Ct));

        Assert.Equal(1_500, results[0].Accepted);
        Assert.Equal(130, results[1].Accepted);
        var stats = emulator.Stats;
        Assert.Equal(1_630, stats.Total.Accepted);
        Assert.Equal(0, stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
        Assert.Equal(0, stats.Total.ErrorCount(WhatsAppErrorCodes.PairRateLimit));

        // A send's slot is at most MaxConcurrency intervals ahead (the others in flight hold the slots before it), so the
        // upgraded number's waits stay within 64 ms; at 80 mps, as the standard number shows, they reach 787 ms.
        var throughputWaits = waits.GetMeasurementSnapshot().Where(m => Equals(m.Tags["limit"], "throughput")).ToList();
        var bound = (MaxConcurrency / (1_000.0 * (1 - RateLimitDefaults.ThroughputHeadroom))) + 0.000_001;
        Assert.All(throughputWaits.Where(m => Equals(m.Tags["phone_number_id"], Upgraded)), m => Assert.InRange(m.Value, 0, bound));
        Assert.Contains(throughputWaits, m => Equals(m.Tags["phone_number_id"], Standard) && m.Value > bound);
    }

    /// <summary>Each message to a recipient of its own, so that only the throughput limit applies.</summary>
    private static List<BulkMessage> Campaign(string phoneNumberId, int count)
    {
        var options = new SendMessageOptions { PhoneNumberId = phoneNumberId };
        return Enumerable.Range(0, count)
            .Select(i => new BulkMessage("+4477" + (phoneNumberId[^1] - '0').ToString(CultureInfo.InvariantCulture) + (1_000_000 + i).ToString(CultureInfo.InvariantCulture), new TextMessage($"campaign message {i}")) { Options = options })
            .ToList();
    }
}
