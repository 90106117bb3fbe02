using System.Threading.RateLimiting;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>The limiter keyed by any recipient, on fake time: phone and BSUID pairs apart, groups on throughput only.</summary>
public sealed class BsuidPairLimitTests
{
    private const string Number = LimitedGraph.PhoneNumberId;
    private const string AlicePhone = "+16505551234";
    private const string AliceUserId = "US.13491208655302741918";
    private static readonly TimeSpan Ms = TimeSpan.FromMilliseconds(1);

    [Fact]
    public void AttemptAcquire_BsuidBurstOf45Used_RefusedUntilTheNextSlot_PhonePairUntouched()
    {
        using var graph = new LimitedGraph(o => o.MessagesPerSecond = 1_000);
        var limiter = graph.Services.GetRequiredService<PartitionedRateLimiter<WhatsAppSendKey>>();
        var bsuid = new WhatsAppSendKey(Number, AliceUserId);

        for (var i = 0; i < 45; i++)
        {
            using var lease = limiter.AttemptAcquire(bsuid);
            Assert.True(lease.IsAcquired, $"message {i + 1} of the burst");
            graph.Time.Advance(Ms);
        }

        using (var refused = limiter.AttemptAcquire(bsuid))
        {
            Assert.False(refused.IsAcquired);
            Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
            Assert.Equal(TimeSpan.FromSeconds(6) - (45 * Ms), retryAfter);
        }

        using var phone = limiter.AttemptAcquire(new WhatsAppSendKey(Number, AlicePhone));
        Assert.True(phone.IsAcquired);
    }

    [Fact]
    public async Task SendTextAsync_FailFastPolicy_46thMessageToABsuidRefusedByTheSdk_GroupSendsOnlyThroughputLimited()
    {
        using var graph = new LimitedGraph(o =>
        {
            o.MessagesPerSecond = 1_000;
            o.PairPolicy = PairLimitPolicy.FailFast;
        }).AcceptMessages();
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 45; i++)
        {
            await graph.Messages.SendTextAsync(AliceUserId, $"m{i}", cancellationToken: ct);
            graph.Time.Advance(Ms);
        }

        var error = await Assert.ThrowsAsync<PairRateLimitExceededException>(() => graph.Messages.SendTextAsync(AliceUserId, "one too many", cancellationToken: ct));
        Assert.Equal(AliceUserId, error.Recipient);

        // A group has no pair limit (Meta documents none): 60 sends to one group all go.
        var group = WhatsAppRecipient.Group("Y2FwaV9ncm91cDoxODA1NTU1MDE3MjoxMjAzNjMyMjI3NzE5NjMwNjcZD");
        for (var i = 0; i < 60; i++)
        {
            await graph.Messages.SendTextAsync(group, $"g{i}", cancellationToken: ct);
            graph.Time.Advance(Ms);
        }

        Assert.Equal(45 + 60, graph.Arrivals.Count);
    }
}
