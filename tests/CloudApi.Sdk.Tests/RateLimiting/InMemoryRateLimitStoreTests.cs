using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

public sealed class InMemoryRateLimitStoreTests : RateLimitStoreConformanceTests
{
    protected override ValueTask<IWhatsAppRateLimitStore> CreateStoreAsync(FakeTimeProvider time) =>
        ValueTask.FromResult<IWhatsAppRateLimitStore>(new InMemoryRateLimitStore(time));

    [Fact]
    public void Acquire_NewRecipientsAfterOthersExpired_ReuseTheirMemory()
    {
        var store = new InMemoryRateLimitStore(Time);
        var rules = new RateLimitRules(100_000, 100_000, TimeSpan.FromSeconds(6), 45);
        long bytesAfterFirstBatch = 0;
        for (var batch = 0; batch < 5; batch++)
        {
            for (var i = 0; i < 20_000; i++)
            {
                Assert.Equal(RateLimitOutcome.Acquired, store.Acquire(Number, Alice + (batch * 1_000_000L) + (i * 7919L), rules, PairAcquireMode.FailFast).Outcome);
            }

            bytesAfterFirstBatch = batch == 0 ? store.AllocatedPairBytes : bytesAfterFirstBatch;
            Time.Advance(TimeSpan.FromSeconds(7));
        }

        // 100,000 recipients went through, never more than 20,000 inside their window at once: the expired ones made room.
        Assert.True(store.AllocatedPairBytes <= bytesAfterFirstBatch, $"{store.AllocatedPairBytes} B after 5 batches, {bytesAfterFirstBatch} B after the first");
        Assert.InRange(store.TrackedPairs, 20_000, 40_000);
    }

    [Fact]
    public void Acquire_RecipientBackAfterItsWindow_GetsAFullBurstAgain()
    {
        var store = new InMemoryRateLimitStore(Time);
        var rules = new RateLimitRules(100_000, 100_000, TimeSpan.FromSeconds(6), 45);
        for (var i = 0; i < 45; i++)
        {
            store.Acquire(Number, Alice, rules, PairAcquireMode.FailFast);
        }

        Assert.Equal(RateLimitOutcome.PairRejected, store.Acquire(Number, Alice, rules, PairAcquireMode.FailFast).Outcome);

        Time.Advance(TimeSpan.FromSeconds(45 * 6));
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(RateLimitOutcome.Acquired, store.Acquire(Number, Alice, rules, PairAcquireMode.FailFast).Outcome);
        }

        Assert.Equal(RateLimitOutcome.PairRejected, store.Acquire(Number, Alice, rules, PairAcquireMode.FailFast).Outcome);
        Assert.Equal(1, store.TrackedPairs);
    }

    [Fact]
    public void Acquire_GrowingPastCapacity_KeepsEveryLivePair()
    {
        var store = new InMemoryRateLimitStore(Time);
        var rules = new RateLimitRules(100_000, 1_000_000, TimeSpan.FromSeconds(6), 2);
        for (var i = 0; i < 50_000; i++)
        {
            store.Acquire(Number, Alice + (i * 7919L), rules, PairAcquireMode.Reserve);
        }

        for (var i = 0; i < 50_000; i++)
        {
            // Each pair used one of its two slots: one more goes at once, the third is refused.
            Assert.Equal(RateLimitOutcome.Acquired, store.Acquire(Number, Alice + (i * 7919L), rules, PairAcquireMode.FailFast).Outcome);
            Assert.Equal(RateLimitOutcome.PairRejected, store.Acquire(Number, Alice + (i * 7919L), rules, PairAcquireMode.FailFast).Outcome);
        }

        Assert.Equal(50_000, store.TrackedPairs);
        Assert.InRange(store.AllocatedPairBytes / 50_000.0, 16, 48);
    }

    [Fact]
    public void CreateFallback_Acquire_StartsEveryPairAsIfItsBurstWereUsed()
    {
        var store = InMemoryRateLimitStore.CreateFallback(Time);
        var rules = new RateLimitRules(100_000, 100_000, TimeSpan.FromSeconds(6), 45);

        var first = store.Acquire(Number, Alice, rules, PairAcquireMode.FailFast);
        var second = store.Acquire(Number, Alice, rules, PairAcquireMode.FailFast);

        Assert.Equal(RateLimitOutcome.PairRejected, first.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(6), first.Delay);
        Assert.Equal(RateLimitOutcome.PairRejected, second.Outcome);
    }

    [Fact]
    public void CreateFallback_Acquire_StartsEveryNumberAsIfItsQueueWereFullAsAWait()
    {
        var store = InMemoryRateLimitStore.CreateFallback(Time);
        var rules = new RateLimitRules(1_000, 100, TimeSpan.FromSeconds(6), 45);

        var first = store.Acquire(Number, 0, rules, PairAcquireMode.Skip);
        var second = store.Acquire(Number, 0, rules, PairAcquireMode.Skip);

        // The first slot is one queue length away, and the queue itself is measured from there: nothing is refused for it.
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.Acquired, rules.MaxQueueDelay), first);
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.Acquired, rules.MaxQueueDelay + rules.ThroughputInterval), second);
    }
}
