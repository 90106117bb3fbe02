using System.Globalization;
using CloudApi.Sdk;
using CloudApi.Sdk.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

/// <summary>
/// A campaign worker as its own OS process, started (and killed) by the campaign proof in CloudApi.Sdk.Redis.Tests: the
/// SDK's own campaign engine (<see cref="IWhatsAppCampaigns.RunAsync"/>) on the Redis campaign store and the Redis
/// rate-limit store, both shared with the other worker, sending to the emulator. Arguments: redis endpoint, key prefix,
/// campaign, emulator base address, access token, phone-number id, messages per second, worker id, concurrency.
/// </summary>
internal static class CampaignWorker
{
    public const string Mode = "campaign-worker";

    public static async Task<int> RunAsync(string[] args)
    {
        var (endpoint, prefix, campaign, baseAddress, token, numberId) = (args[0], args[1], args[2], new Uri(args[3]), args[4], args[5]);
        var rate = int.Parse(args[6], CultureInfo.InvariantCulture);
        var (worker, concurrency) = (args[7], int.Parse(args[8], CultureInfo.InvariantCulture));
        var redis = await ConnectionMultiplexer.ConnectAsync(endpoint);

        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = token;
            o.PhoneNumberId = numberId;
            o.BaseAddress = baseAddress;
            o.Timeout = TimeSpan.FromSeconds(1);
        })
        .ConfigureRateLimiting(o => o.NumberMessagesPerSecond[numberId] = rate)
        .UseRedisRateLimitStore(_ => redis, o => o.KeyPrefix = prefix + ":rl")
        .UseRedisCampaignStore(_ => redis, o => o.KeyPrefix = prefix + ":campaigns");
        await using var provider = services.BuildServiceProvider();
        var campaigns = provider.GetRequiredService<IWhatsAppCampaigns>();

        var progress = await campaigns.RunAsync(campaign, new CampaignRunOptions
        {
            WorkerId = worker,
            MaxConcurrency = concurrency,
            AbandonedAfter = TimeSpan.FromSeconds(3),
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {progress.Counts.Accepted}"));
        return 0;
    }
}
