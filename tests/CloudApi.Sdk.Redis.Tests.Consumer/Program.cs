// Consumes a Redis webhook inbox until killed (or, with the first argument campaign-worker, works on a campaign: CampaignWorker.cs). Arguments: redis endpoint, stream key, key prefix of the test's records,
// and the id of the message on which the first consumer to see it hangs forever (to be killed there, mid-stream).
// Each handled message id is appended to the list {prefix}:handled, with this process's id in {prefix}:by.
using CloudApi.Sdk;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

if (args is [CampaignWorker.Mode, .. var campaignArgs])
{
    return await CampaignWorker.RunAsync(campaignArgs);
}

var (endpoint, streamKey, prefix, hangOn) = (args[0], args[1], args[2], args[3]);
var redis = await ConnectionMultiplexer.ConnectAsync(endpoint);
var records = redis.GetDatabase();
var pid = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
builder.Services.Configure<WhatsAppOptions>(o => o.AppSecret = "unused-by-a-consumer");
builder.Services.AddWhatsAppWebhooks()
    .UseRedisInbox(_ => redis, o =>
    {
        o.StreamKey = streamKey;
        o.BatchSize = 5;
        o.PollInterval = TimeSpan.FromMilliseconds(100);
        o.ClaimIdleTime = TimeSpan.FromSeconds(3);
    })
    .UseRedisDeduplication(_ => redis, o => o.KeyPrefix = prefix + ":dedup")
    .OnMessage<InboundMessage>(async (message, _, _) =>
    {
        if (message.Id == hangOn && await records.StringSetAsync(prefix + ":hung", pid, when: When.NotExists))
        {
            await new TaskCompletionSource().Task; // Never completes: this process is killed here.
        }

        await records.ListRightPushAsync(prefix + ":handled", message.Id);
        await records.ListRightPushAsync(prefix + ":by", pid);
    });

await builder.Build().RunAsync();
return 0;
