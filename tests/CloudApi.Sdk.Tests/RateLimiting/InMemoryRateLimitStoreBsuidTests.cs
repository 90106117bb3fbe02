using System.Globalization;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

public sealed class InMemoryRateLimitStoreBsuidTests
{
    private const string Number = "106540352242922";

    [Fact]
    public void Acquire_50000Bsuids_EachPairKeptAndLimited_AtMost48BytesAPair()
    {
        var store = new InMemoryRateLimitStore(new FakeTimeProvider());
        var rules = new RateLimitRules(100_000, 1_000_000, TimeSpan.FromSeconds(6), 2);
        var keys = Enumerable.Range(0, 50_000)
            .Select(i => WhatsAppRecipient.Parse("US." + (13491208655302741918UL + (ulong)i).ToString(CultureInfo.InvariantCulture)).LimiterKey)
            .ToArray();

        foreach (var key in keys)
        {
            Assert.Equal(RateLimitOutcome.Acquired, store.Acquire(Number, key, rules, PairAcquireMode.FailFast).Outcome);
            Assert.Equal(RateLimitOutcome.Acquired, store.Acquire(Number, key, rules, PairAcquireMode.FailFast).Outcome);
        }

        Assert.All(keys.Take(1_000), key => Assert.Equal(RateLimitOutcome.PairRejected, store.Acquire(Number, key, rules, PairAcquireMode.FailFast).Outcome));
        Assert.Equal(50_000, store.TrackedPairs);
        Assert.InRange(store.AllocatedPairBytes / 50_000.0, 16, 48);
    }
}
