using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// The behaviour every <see cref="IWhatsAppRateLimitStore"/> must have, on a <see cref="FakeTimeProvider"/>.
/// Each store's test class derives from this one (the in-memory store here, the Redis store in its own test project).
/// </summary>
public abstract partial class RateLimitStoreConformanceTests : IAsyncLifetime
{
    protected const string Number = "106540352242922";
    protected const long Alice = 16505551234;
    protected const long Bob = 16505550000;

    private static readonly TimeSpan Pair = TimeSpan.FromSeconds(6);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    protected IWhatsAppRateLimitStore Store { get; private set; } = null!;

    /// <summary>A number id unique to the test, so tests sharing a remote store do not see each other's state.</summary>
    protected string Id { get; } = "1" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected abstract ValueTask<IWhatsAppRateLimitStore> CreateStoreAsync(FakeTimeProvider time);

    public async ValueTask InitializeAsync() => Store = await CreateStoreAsync(Time);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private static RateLimitRules Rules(int mps = 100_000, int queue = 100_000, int burst = 45) => new(mps, queue, Pair, burst);

    private ValueTask<RateLimitDecision> Acquire(RateLimitRules rules, long recipient, PairAcquireMode mode = PairAcquireMode.Reserve) =>
        Store.AcquireAsync(new(Id, recipient, rules, mode), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(80, 125_000)]
    [InlineData(1_000, 10_000)]
    public async Task Acquire_ManySendsAtOnce_SpacedEvenlyAtTheRate(int messagesPerSecond, long intervalTicks)
    {
        var rules = Rules(mps: messagesPerSecond);

        for (var i = 0; i < 2 * messagesPerSecond; i++)
        {
            var decision = await Acquire(rules, Alice + i);
            Assert.Equal(RateLimitOutcome.Acquired, decision.Outcome);
            Assert.Equal(TimeSpan.FromTicks(i * intervalTicks), decision.Delay);
        }
    }

    [Fact]
    public async Task Acquire_AfterIdleTime_NextSendGoesAtOnce()
    {
        var rules = Rules(mps: 80);
        await Acquire(rules, Alice);
        await Acquire(rules, Bob);

        Time.Advance(TimeSpan.FromSeconds(1));

        var decision = await Acquire(rules, Alice + 1);
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.Acquired, TimeSpan.Zero), decision);
    }

    [Fact]
    public async Task Acquire_OneRecipient_BurstOf45ThenOneEvery6Seconds()
    {
        var rules = Rules();
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(RateLimitOutcome.Acquired, (await Acquire(rules, Alice)).Outcome);
        }

        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairReserved, Pair * i), await Acquire(rules, Alice));
        }

        // Other recipients are not affected.
        Assert.Equal(RateLimitOutcome.Acquired, (await Acquire(rules, Bob)).Outcome);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(45)]
    public async Task Acquire_AfterBurstOfN_FullBurstAgainAfterNIntervals(int n)
    {
        var rules = Rules();
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(RateLimitOutcome.Acquired, (await Acquire(rules, Alice, PairAcquireMode.FailFast)).Outcome);
        }

        // One interval short of the pay-back, one slot of the burst is still owed.
        Time.Advance((Pair * n) - Pair);
        Assert.Equal(44, await CountFailFastBurst(rules));

        Time.Advance(TimeSpan.FromSeconds(600));
        Assert.Equal(45, await CountFailFastBurst(rules));
    }

    [Fact]
    public async Task Acquire_FailFastWithNoSlot_RejectsWithRetryAfterAndReservesNothing()
    {
        var rules = Rules();
        for (var i = 0; i < 45; i++)
        {
            await Acquire(rules, Alice);
        }

        Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairRejected, Pair), await Acquire(rules, Alice, PairAcquireMode.FailFast));
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairRejected, Pair), await Acquire(rules, Alice, PairAcquireMode.FailFast));

        Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairRejected, TimeSpan.FromSeconds(4)), await Acquire(rules, Alice, PairAcquireMode.FailFast));

        Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(RateLimitOutcome.Acquired, (await Acquire(rules, Alice, PairAcquireMode.FailFast)).Outcome);
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairRejected, Pair), await Acquire(rules, Alice, PairAcquireMode.FailFast));
    }

    [Fact]
    public async Task Acquire_PairReservedThenSkip_TakesOnlyAThroughputSlot()
    {
        var rules = Rules(mps: 80, burst: 1);
        Assert.Equal(RateLimitOutcome.Acquired, (await Acquire(rules, Alice)).Outcome);
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairReserved, Pair), await Acquire(rules, Alice));

        Time.Advance(Pair);
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.Acquired, TimeSpan.Zero), await Acquire(rules, Alice, PairAcquireMode.Skip));

        // The reserved slot was the next one: the pair's following slot is one more interval away.
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairRejected, Pair), await Acquire(rules, Alice, PairAcquireMode.FailFast));
    }

    [Fact]
    public async Task Acquire_QueueFull_RefusesAndReservesNothing()
    {
        var rules = Rules(mps: 80, queue: 5);
        for (var i = 0; i <= 5; i++)
        {
            Assert.Equal(RateLimitOutcome.Acquired, (await Acquire(rules, Alice + i)).Outcome);
        }

        var full = await Acquire(rules, Bob);
        Assert.Equal(RateLimitOutcome.QueueFull, full.Outcome);
        Assert.Equal(TimeSpan.FromMilliseconds(75), full.Delay);

        // Bob's pair was not touched: his whole burst is still there once the queue drains.
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(45, await CountFailFastBurst(Rules(mps: 80, queue: 100), Bob, max: 45));
    }

    [Fact]
    public async Task PushForward_Pair_SlotAtTheDelayKeptForTheRetryThenOnePerInterval()
    {
        var rules = Rules();
        await Acquire(rules, Alice);

        await Store.PushForwardAsync(Id, Alice, TimeSpan.FromSeconds(4), rules, TestContext.Current.CancellationToken);

        // The slot at 4 s is the refused send's retry; the next sends get 10 s, 16 s.
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairRejected, TimeSpan.FromSeconds(10)), await Acquire(rules, Alice, PairAcquireMode.FailFast));
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairReserved, TimeSpan.FromSeconds(10)), await Acquire(rules, Alice));
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.PairReserved, TimeSpan.FromSeconds(16)), await Acquire(rules, Alice));
        Assert.Equal(RateLimitOutcome.Acquired, (await Acquire(rules, Bob)).Outcome);
    }

    [Fact]
    public async Task PushForward_Number_DelaysEveryRecipient()
    {
        var rules = Rules(mps: 80);

        await Store.PushForwardAsync(Id, 0, TimeSpan.FromSeconds(1), rules, TestContext.Current.CancellationToken);

        Assert.Equal(new RateLimitDecision(RateLimitOutcome.Acquired, TimeSpan.FromSeconds(1)), await Acquire(rules, Alice));
        Assert.Equal(new RateLimitDecision(RateLimitOutcome.Acquired, TimeSpan.FromMilliseconds(1012.5)), await Acquire(rules, Bob));
    }

    [Fact]
    public async Task Acquire_TwoNumbers_HaveSeparateLimits()
    {
        var rules = Rules(mps: 80);
        await Acquire(rules, Alice);

        var other = await Store.AcquireAsync(new(Id + "7", Alice, rules, PairAcquireMode.Reserve), TestContext.Current.CancellationToken);

        Assert.Equal(new RateLimitDecision(RateLimitOutcome.Acquired, TimeSpan.Zero), other);
    }

    private async Task<int> CountFailFastBurst(RateLimitRules rules, long recipient = Alice, int max = 100)
    {
        var count = 0;
        while (count < max && (await Acquire(rules, recipient, PairAcquireMode.FailFast)).Outcome == RateLimitOutcome.Acquired)
        {
            count++;
        }

        return count;
    }
}
