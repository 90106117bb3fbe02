using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

public sealed class InMemoryRateLimitStoreTests : RateLimitStoreConformanceTests
{
    protected override ValueTask<IWhatsAppRateLimitStore> CreateStoreAsync(FakeTimeProvider time) =>
        ValueTask.FromResult<IWhatsAppRateLimitStore>(new InMemoryRateLimitStore(time));

    [Fact]
    public void Acquire_ExpiredPairs_AreSweptAsTheStoreIsUsed()
    {
        var store = new InMemoryRateLimitStore(Time);
        var rules = new RateLimitRules(100_000, 100_000, TimeSpan.FromSeconds(6), 45);
        for (var i = 0; i < 10_000; i++)
        {
            store.Acquire(Number, Alice + i, rules, PairAcquireMode.Reserve);
        }

        Assert.Equal(10_000, store.TrackedPairs);

        Time.Advance(TimeSpan.FromSeconds(7));
        for (var i = 0; i < 20_000; i++)
        {
            store.Acquire(Number, Bob + 100_000 + (i % 10), rules, PairAcquireMode.FailFast);
        }

        Assert.Equal(10, store.TrackedPairs);
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
    public void CreateFallback_Acquire_StartsEveryNumberAsIfItsQueueWereFull()
    {
        var store = InMemoryRateLimitStore.CreateFallback(Time);
        var rules = new RateLimitRules(1_000, 100, TimeSpan.FromSeconds(6), 45);

        var first = store.Acquire(Number, 0, rules, PairAcquireMode.Skip);
        var second = store.Acquire(Number, 0, rules, PairAcquireMode.Skip);

        Assert.Equal(new RateLimitDecision(RateLimitOutcome.Acquired, rules.MaxQueueDelay), first);
        Assert.Equal(RateLimitOutcome.QueueFull, second.Outcome);
    }
}
