using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>Pairs keyed by business-scoped user ids: the same keys in every store, never meeting a phone number's.</summary>
public abstract partial class RateLimitStoreConformanceTests
{
    private static readonly long AliceUserId = WhatsAppRecipient.Parse("US.13491208655302741918").LimiterKey;

    [Fact]
    public async Task Acquire_PhonePairUsedItsBurst_BsuidPairOfTheSameUserIsSeparateAndLimitedToo()
    {
        var rules = Rules();
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(RateLimitOutcome.Acquired, (await Acquire(rules, Alice, PairAcquireMode.FailFast)).Outcome);
        }

        Assert.Equal(RateLimitOutcome.PairRejected, (await Acquire(rules, Alice, PairAcquireMode.FailFast)).Outcome);

        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(RateLimitOutcome.Acquired, (await Acquire(rules, AliceUserId, PairAcquireMode.FailFast)).Outcome);
        }

        var refused = await Acquire(rules, AliceUserId, PairAcquireMode.FailFast);
        Assert.Equal(RateLimitOutcome.PairRejected, refused.Outcome);
        Assert.Equal(Pair, refused.Delay);
    }
}
