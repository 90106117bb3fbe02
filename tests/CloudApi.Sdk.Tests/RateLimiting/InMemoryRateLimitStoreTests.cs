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
    public async Task Acquire_ConcurrentSendsAtTheEdgeOfAFullQueue_EveryRefusedSendLeavesItsPairUntouched()
    {
        // Four threads race new recipients into a queue of 10 while a fifth moves the clock one slot at a time, so the
        // queue is always about to be full: the queue check, the pair slot and the throughput slot are one decision,
        // and exactly the sends that got a throughput slot hold a pair (none expires within the hour).
        var store = new InMemoryRateLimitStore(Time);
        var rules = new RateLimitRules(1_000, 10, TimeSpan.FromHours(1), 45);
        var acquired = 0;
        var racing = 4;
        var ct = TestContext.Current.CancellationToken;
        var senders = Enumerable.Range(0, racing).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var outcome = store.Acquire(Number, Alice + (thread * 1_000_000L) + i, rules, PairAcquireMode.Reserve).Outcome;
                Assert.True(outcome is RateLimitOutcome.Acquired or RateLimitOutcome.QueueFull, outcome.ToString());
                if (outcome == RateLimitOutcome.Acquired)
                {
                    Interlocked.Increment(ref acquired);
                }
            }

            Interlocked.Decrement(ref racing);
        }, ct)).ToArray();
        var clock = Task.Run(() =>
        {
            while (Volatile.Read(ref racing) > 0)
            {
                Time.Advance(TimeSpan.FromMilliseconds(1));
            }
        }, ct);
        await Task.WhenAll([.. senders, clock]);

        Assert.InRange(acquired, 11, 80_000);
        Assert.Equal(acquired, store.TrackedPairs);
    }

    [Fact]
    public void Acquire_ImmediateWithTheThroughputSlotTaken_ChangesNothing()
    {
        var store = new InMemoryRateLimitStore(Time);
        var rules = new RateLimitRules(1, 100, TimeSpan.FromSeconds(6), 45);
        store.Acquire(Number, Alice, rules, PairAcquireMode.Reserve);

        var refused = store.Acquire(Number, Alice + 1, rules, PairAcquireMode.FailFast, immediate: true);

        Assert.Equal(RateLimitOutcome.QueueFull, refused.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Delay);
        Assert.Null(store.PeekPairTat(Number, Alice + 1));
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.Acquired, TimeSpan.Zero), store.Acquire(Number, Alice + 1, rules, PairAcquireMode.FailFast, immediate: true));
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
