using System.Threading.RateLimiting;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.RateLimiting;

namespace CloudApi.Sdk.Tests.RateLimiting;

public sealed class WhatsAppPartitionedRateLimiterTests
{
    private const string Number = LimitedGraph.PhoneNumberId;
    private const string Alice = "+16505551234";
    private const string Bob = "+16505550000";
    private static readonly TimeSpan Ms = TimeSpan.FromMilliseconds(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WhatsAppSendKey AliceKey => new(Number, Alice);

    private static WhatsAppSendKey BobKey => new(Number, Bob);

    [Fact]
    public void AttemptAcquire_BurstOf45Used_RefusedWithRetryAfterOfTheNextGcraSlot()
    {
        using var graph = new LimitedGraph(o => o.MessagesPerSecond = 1_000);
        var limiter = Limiter(graph);

        // 45 at once (1 ms apart, the number's throughput interval), as Meta's burst allows.
        for (var i = 0; i < 45; i++)
        {
            using var lease = limiter.AttemptAcquire(AliceKey);
            Assert.True(lease.IsAcquired, $"message {i + 1} of the burst");
            graph.Time.Advance(Ms);
        }

        // GCRA: 45 × 6 s booked, 44 × 6 s tolerated, so the 46th slot is at 6 s from the first.
        Assert.Equal(TimeSpan.FromSeconds(6) - (45 * Ms), RetryAfter(limiter.AttemptAcquire(AliceKey)));
        graph.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(2) - (45 * Ms), RetryAfter(limiter.AttemptAcquire(AliceKey)));

        graph.Time.Advance(TimeSpan.FromSeconds(2) - (45 * Ms));
        Assert.True(limiter.AttemptAcquire(AliceKey).IsAcquired);
        graph.Time.Advance(Ms);

        // Then one per 6 s; another recipient is untouched.
        Assert.Equal(TimeSpan.FromSeconds(6) - Ms, RetryAfter(limiter.AttemptAcquire(AliceKey)));
        Assert.True(limiter.AttemptAcquire(BobKey).IsAcquired);
    }

    [Fact]
    public void AttemptAcquire_ThroughputSlotNotNow_RefusedWithoutReservingAnything()
    {
        using var graph = new LimitedGraph();
        var limiter = Limiter(graph);

        Assert.True(limiter.AttemptAcquire(AliceKey).IsAcquired);
        var refused = limiter.AttemptAcquire(BobKey);

        // 80 messages/s: the number's next slot is 12.5 ms away, and Bob's pair was not touched by the refusal.
        Assert.Equal(TimeSpan.FromMilliseconds(12.5), RetryAfter(refused));
        Assert.Null(graph.Store.PeekPairTat(Number, BobKey.RecipientKey));

        graph.Time.Advance(TimeSpan.FromMilliseconds(12.5));
        Assert.True(limiter.AttemptAcquire(BobKey).IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_PairBurstUsed_WaitsThroughTheTimeProviderThenSucceeds()
    {
        using var graph = new LimitedGraph(o =>
        {
            o.MessagesPerSecond = 1_000;
            o.PairBurst = 2;
        });
        var limiter = Limiter(graph);
        Assert.True((await limiter.AcquireAsync(AliceKey, cancellationToken: Ct)).IsAcquired);
        graph.Time.Advance(Ms);
        Assert.True((await limiter.AcquireAsync(AliceKey, cancellationToken: Ct)).IsAcquired);
        graph.Time.Advance(Ms);

        var waiting = limiter.AcquireAsync(AliceKey, cancellationToken: Ct).AsTask();
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(6) - (2 * Ms));
        Assert.False(waiting.IsCompleted);
        graph.Time.Advance(TimeSpan.FromSeconds(6) - (2 * Ms));

        using var lease = await waiting;
        Assert.True(lease.IsAcquired);
        Assert.Equal(TimeSpan.FromSeconds(6), graph.Time.Elapsed);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        using var graph = new LimitedGraph(o => o.PairBurst = 1);
        var limiter = Limiter(graph);
        Assert.True((await limiter.AcquireAsync(AliceKey, cancellationToken: Ct)).IsAcquired);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var waiting = limiter.AcquireAsync(AliceKey, cancellationToken: cancel.Token).AsTask();
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(6));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_RefusedWithRetryAfterUntilTheQueueHasRoom()
    {
        using var graph = new LimitedGraph(o =>
        {
            o.MessagesPerSecond = 1;
            o.MaxQueueLength = 2;
        });
        var limiter = Limiter(graph);

        // Slots at 0, 1 s and 2 s: the last two wait, which fills a queue of 2 seconds' worth.
        Assert.True((await limiter.AcquireAsync(new WhatsAppSendKey(Number, "+16505550001"), cancellationToken: Ct)).IsAcquired);
        var second = limiter.AcquireAsync(new WhatsAppSendKey(Number, "+16505550002"), cancellationToken: Ct).AsTask();
        var third = limiter.AcquireAsync(new WhatsAppSendKey(Number, "+16505550003"), cancellationToken: Ct).AsTask();
        var refused = await limiter.AcquireAsync(new WhatsAppSendKey(Number, "+16505550004"), cancellationToken: Ct);

        // The next free slot is 3 s away; an acquire fits in the queue again 1 s from now.
        Assert.Equal(TimeSpan.FromSeconds(1), RetryAfter(refused));
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        graph.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.True((await second).IsAcquired);
        Assert.True((await third).IsAcquired);
    }

    [Fact]
    public async Task SendThroughTheClient_UsesThePairBurstTheLimiterSees()
    {
        using var graph = new LimitedGraph(o =>
        {
            o.MessagesPerSecond = 1_000;
            o.PairBurst = 3;
        }).AcceptMessages();
        var limiter = Limiter(graph);

        for (var i = 0; i < 3; i++)
        {
            await graph.Messages.SendTextAsync(Alice, $"hi {i}", cancellationToken: Ct);
            graph.Time.Advance(Ms);
        }

        // The client's three sends used Alice's burst of 3: her next slot is at 6 s; Bob's pair is free.
        Assert.Equal(TimeSpan.FromSeconds(6) - (3 * Ms), RetryAfter(limiter.AttemptAcquire(AliceKey)));
        Assert.True(limiter.AttemptAcquire(BobKey).IsAcquired);
    }

    [Fact]
    public async Task LeasesFromTheLimiter_ConsumeThePairBurstOfTheClientsSends()
    {
        using var graph = new LimitedGraph(o =>
        {
            o.MessagesPerSecond = 1_000;
            o.PairBurst = 3;
        }).AcceptMessages();
        var limiter = Limiter(graph);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(limiter.AttemptAcquire(AliceKey).IsAcquired);
            graph.Time.Advance(Ms);
        }

        // The client's send to Alice waits for the slot after the three leases (wait policy): it reaches Meta at 6 s.
        var send = graph.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(6) - (3 * Ms));
        Assert.Empty(graph.Arrivals);
        graph.Time.Advance(TimeSpan.FromSeconds(6) - (3 * Ms));
        await send;

        Assert.Equal([TimeSpan.FromSeconds(6)], graph.Arrivals);
    }

    [Fact]
    public async Task AttemptAcquire_WhileMetaThrottlesTheAccount_RefusedWithTheBackoff()
    {
        using var graph = new LimitedGraph().FailThenAccept(WhatsAppErrorCodes.BusinessAccountRateLimit, times: 1);
        var limiter = Limiter(graph);

        // 80007 pauses the registration for 1 s (4^0): the limiter's leases wait for it too.
        var send = graph.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), RetryAfter(limiter.AttemptAcquire(BobKey)));

        graph.Time.Advance(TimeSpan.FromSeconds(1));
        await send;
        graph.Time.Advance(Ms * 13);
        Assert.True(limiter.AttemptAcquire(BobKey).IsAcquired);
    }

    [Fact]
    public async Task PollyRateLimiterStrategy_TakesTheLimiter_WaitsForTheSlotAndRejectsWithRetryAfter()
    {
        using var graph = new LimitedGraph(o =>
        {
            o.MessagesPerSecond = 1;
            o.MaxQueueLength = 1;
        });
        var limiter = Limiter(graph);
        var sendKey = new ResiliencePropertyKey<WhatsAppSendKey>("whatsapp.send");

        // A send by another channel, shaped by the same limits as the client's sends.
        var pipeline = new ResiliencePipelineBuilder()
            .AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => limiter.AcquireAsync(args.Context.Properties.GetValue(sendKey, default), 1, args.Context.CancellationToken),
            })
            .Build();
        async Task<TimeSpan> SendAsync(string recipient)
        {
            var context = ResilienceContextPool.Shared.Get(Ct);
            context.Properties.Set(sendKey, new WhatsAppSendKey(Number, recipient));
            try
            {
                return await pipeline.ExecuteAsync(_ => ValueTask.FromResult(graph.Time.Elapsed), context);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        Assert.Equal(TimeSpan.Zero, await SendAsync(Alice));
        var second = SendAsync(Bob);
        var rejected = await Assert.ThrowsAsync<RateLimiterRejectedException>(() => SendAsync("+16505550001"));
        Assert.Equal(TimeSpan.FromSeconds(1), rejected.RetryAfter);

        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        graph.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), await second);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-1)]
    public async Task Acquire_PermitCountOtherThanOne_ThrowsArgumentOutOfRange(int permitCount)
    {
        using var graph = new LimitedGraph();
        var limiter = Limiter(graph);

        Assert.Throws<ArgumentOutOfRangeException>(nameof(permitCount), () => limiter.AttemptAcquire(AliceKey, permitCount));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(nameof(permitCount), async () => await limiter.AcquireAsync(AliceKey, permitCount, Ct));
        Assert.Null(graph.Store.PeekPairTat(Number, AliceKey.RecipientKey));
    }

    [Fact]
    public void Acquire_DefaultKey_ThrowsArgumentException()
    {
        using var graph = new LimitedGraph();

        Assert.Throws<ArgumentException>("resource", () => Limiter(graph).AttemptAcquire(default));
    }

    [Fact]
    public async Task Dispose_WhileAnAcquireWaits_CompletesItRefusedAndLaterAcquiresThrow()
    {
        using var graph = new LimitedGraph(o => o.PairBurst = 1);
        var limiter = Limiter(graph);
        Assert.True((await limiter.AcquireAsync(AliceKey, cancellationToken: Ct)).IsAcquired);
        var waiting = limiter.AcquireAsync(AliceKey, cancellationToken: Ct).AsTask();
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(6));

        await limiter.DisposeAsync();

        var lease = await waiting;
        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(MetadataName.ReasonPhrase, out var reason));
        Assert.Contains("disposed", reason, StringComparison.Ordinal);
        Assert.Throws<ObjectDisposedException>(() => limiter.AttemptAcquire(BobKey));
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await limiter.AcquireAsync(BobKey, cancellationToken: Ct));
    }

    [Fact]
    public async Task RemoteStore_AttemptAcquireRefusedWithReason_AcquireAsyncUsesTheStore()
    {
        using var graph = new LimitedGraph(services: s => s.AddSingleton<IWhatsAppRateLimitStore>(p => new AsynchronousStore(p.GetRequiredService<InMemoryRateLimitStore>())));
        var limiter = Limiter(graph);

        using var attempt = limiter.AttemptAcquire(AliceKey);
        Assert.False(attempt.IsAcquired);
        Assert.True(attempt.TryGetMetadata(MetadataName.ReasonPhrase, out var reason));
        Assert.Contains("AcquireAsync", reason, StringComparison.Ordinal);
        Assert.False(attempt.TryGetMetadata(MetadataName.RetryAfter, out _));

        using var lease = await limiter.AcquireAsync(AliceKey, cancellationToken: Ct);
        Assert.True(lease.IsAcquired);
        Assert.NotNull(graph.Store.PeekPairTat(Number, AliceKey.RecipientKey));
    }

    [Fact]
    public void Registration_ExposesTheLimiterKeyedByNameAndTheDefaultUnkeyed()
    {
        using var graph = new LimitedGraph();

        var unkeyed = graph.Services.GetRequiredService<PartitionedRateLimiter<WhatsAppSendKey>>();
        var keyed = graph.Services.GetRequiredKeyedService<PartitionedRateLimiter<WhatsAppSendKey>>(string.Empty);

        Assert.Same(unkeyed, keyed);
        Assert.Null(unkeyed.GetStatistics(AliceKey));
    }

    [Fact]
    public void NamedRegistrations_ShareTheStore_SoOneNamesLeasesCountForTheOther()
    {
        var services = new ServiceCollection();
        var time = new SignallingTimeProvider();
        services.AddSingleton<TimeProvider>(time);
        foreach (var name in new[] { "a", "b" })
        {
            services.AddWhatsAppCloudApi(name, o =>
            {
                o.AccessToken = "token";
                o.PhoneNumberId = Number;
            }).ConfigureRateLimiting(o =>
            {
                o.PairBurst = 1;
                o.PairSafetyMargin = TimeSpan.Zero;
            });
        }

        using var provider = services.BuildServiceProvider();
        var a = provider.GetRequiredKeyedService<PartitionedRateLimiter<WhatsAppSendKey>>("a");
        var b = provider.GetRequiredKeyedService<PartitionedRateLimiter<WhatsAppSendKey>>("b");

        Assert.NotSame(a, b);
        Assert.Null(provider.GetService<PartitionedRateLimiter<WhatsAppSendKey>>());
        Assert.True(a.AttemptAcquire(AliceKey).IsAcquired);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(5), RetryAfter(b.AttemptAcquire(AliceKey)));
    }

    [Fact]
    public void SendKey_SameDigitsWrittenDifferently_AreEqual()
    {
        Assert.Equal(new WhatsAppSendKey(Number, "+1 (650) 555-1234"), AliceKey);
        Assert.Equal(16505551234, AliceKey.RecipientKey);
        Assert.NotEqual(AliceKey, BobKey);
        Assert.Equal(0, WhatsAppSendKey.ForNumber(Number).RecipientKey);
    }

    [Fact]
    public void SendKey_MalformedParts_ThrowValidationException()
    {
        // The recipient is a WhatsAppRecipient: a malformed phone number names its wire field, "to".
        Assert.Equal("to", Assert.Throws<WhatsAppValidationException>(() => new WhatsAppSendKey(Number, "+1 650 CALL ME")).Field);
        Assert.Equal("phoneNumberId", Assert.Throws<WhatsAppValidationException>(() => new WhatsAppSendKey("my-number", Alice)).Field);
        Assert.Equal("phoneNumberId", Assert.Throws<WhatsAppValidationException>(() => WhatsAppSendKey.ForNumber("")).Field);
    }

    private static PartitionedRateLimiter<WhatsAppSendKey> Limiter(LimitedGraph graph) =>
        graph.Services.GetRequiredService<PartitionedRateLimiter<WhatsAppSendKey>>();

    private static TimeSpan RetryAfter(RateLimitLease lease)
    {
        using (lease)
        {
            Assert.False(lease.IsAcquired);
            Assert.True(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
            return retryAfter;
        }
    }

    /// <summary>A store that answers asynchronously, as a remote one does.</summary>
    private sealed class AsynchronousStore(InMemoryRateLimitStore inner) : IWhatsAppRateLimitStore
    {
        public async ValueTask<RateLimitDecision> AcquireAsync(RateLimitAcquireRequest request, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return await inner.AcquireAsync(request, cancellationToken);
        }

        public ValueTask PushForwardAsync(string phoneNumberId, long recipientKey, TimeSpan delay, RateLimitRules rules, CancellationToken cancellationToken = default) =>
            inner.PushForwardAsync(phoneNumberId, recipientKey, delay, rules, cancellationToken);
    }
}
