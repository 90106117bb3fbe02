using System.Globalization;
using CloudApi.Sdk;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Redis.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

/// <summary>
/// A campaign worker as its own OS process, started (and killed) by the campaign proof in CloudApi.Sdk.Redis.Tests: it
/// claims messages from the Redis campaign store, marks each in flight, sends it to the emulator through the SDK (the
/// Redis rate-limit store shared with the other worker) with the message's marker in <c>biz_opaque_callback_data</c>, and
/// completes it with the outcome (counting unknown outcomes in <c>{prefix}:unknowns</c>). A message handed over InFlight (its worker died mid-send) is recorded as an unknown
/// outcome, never sent again by the crash alone. Arguments: redis endpoint, key prefix, campaign, emulator base address,
/// access token, phone-number id, messages per second, worker id, concurrency.
/// </summary>
internal static class CampaignWorker
{
    public const string Mode = "campaign-worker";

    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string[] args)
    {
        var (endpoint, prefix, campaign, baseAddress, token, numberId) = (args[0], args[1], args[2], new Uri(args[3]), args[4], args[5]);
        var rate = int.Parse(args[6], CultureInfo.InvariantCulture);
        var (worker, concurrency) = (args[7], int.Parse(args[8], CultureInfo.InvariantCulture));
        var redis = await ConnectionMultiplexer.ConnectAsync(endpoint);
        var store = new RedisCampaignStore(redis, new RedisCampaignStoreOptions { KeyPrefix = prefix + ":campaigns" });

        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = token;
            o.PhoneNumberId = numberId;
            o.BaseAddress = baseAddress;
            o.Timeout = TimeSpan.FromSeconds(1);
        })
        .ConfigureRateLimiting(o =>
        {
            o.NumberMessagesPerSecond[numberId] = rate;
            o.MaxQueueLength = 10_000;
        })
        .UseRedisRateLimitStore(_ => redis, o => o.KeyPrefix = prefix + ":rl");
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWhatsAppClient>();

        using var heartbeat = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        _ = Task.Run(async () =>
        {
            while (await heartbeat.WaitForNextTickAsync())
            {
                await store.HeartbeatAsync(campaign, worker);
            }
        });

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var claimed = await store.ClaimAsync(campaign, worker, 4, AbandonedAfter);
                if (claimed.Count == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
                    continue;
                }

                foreach (var message in claimed)
                {
                    await SendAsync(store, client, campaign, worker, message, redis.GetDatabase(), prefix);
                }
            }
        })));
        return 0;
    }

    private static async Task SendAsync(RedisCampaignStore store, IWhatsAppClient client, string campaign, string worker, CampaignMessage message, IDatabase records, string prefix)
    {
        if (message.State == CampaignMessageState.InFlight)
        {
            await records.StringIncrementAsync(prefix + ":unknowns");
            await store.CompleteAsync(campaign, message.Index, worker, CampaignMessageState.OutcomeUnknown, null,
                new CampaignMessageError { Kind = "WorkerAbandoned", Message = "its worker died while sending it" });
            return;
        }

        if (!await store.MarkInFlightAsync(campaign, message.Index, worker))
        {
            return;
        }

        try
        {
            var sent = await client.Messages.SendAsync(message.Recipient, new RawMessage(message.MessageType, message.Content),
                new SendMessageOptions { BizOpaqueCallbackData = message.Marker });
            await store.CompleteAsync(campaign, message.Index, worker, CampaignMessageState.Accepted, sent.MessageId, null);
        }
        catch (MessageOutcomeUnknownException e)
        {
            await records.StringIncrementAsync(prefix + ":unknowns");
            await store.CompleteAsync(campaign, message.Index, worker, CampaignMessageState.OutcomeUnknown, null,
                new CampaignMessageError { Kind = nameof(MessageOutcomeUnknownException), Message = e.Message });
        }
        catch (WhatsAppApiException e)
        {
            await store.CompleteAsync(campaign, message.Index, worker, CampaignMessageState.Failed, null,
                new CampaignMessageError { Kind = nameof(WhatsAppApiException), Code = e.Error?.Code, Message = e.Message });
        }
    }
}
