using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// The departure's last check, made by a send's body just before it is written: a send the limiter let go on time but
/// that stalled on its way to the connection (a handler after the limiter here; in production a thread-pool or JIT
/// stall, a connection being opened, a retry after a refused connection) departs again instead of reaching Meta
/// together with the sends behind it.
/// </summary>
public sealed class LateWriteTests
{
    private const int Rate = 10;
    private const double Headroom = 0.04;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan Interval = new RateLimitRules(Rate, 1_000, TimeSpan.FromSeconds(6), 45, Headroom).ThroughputInterval;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_InMemoryStoreAndSendsStalledOnTheirWay_ReachTheServerSpacedInsteadOfTogether()
    {
        var stall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var graph = Graph(shared: false).AcceptMessagesAtTheServer();
        graph.OnTheWay = _ => stall.Task;

        // The three pass the limiter at their slots (now, one and two intervals on) and stall after it.
        var sends = Enumerable.Range(0, 3).Select(i => graph.Messages.SendTextAsync($"+1650555{i:D4}", "hi", cancellationToken: Ct)).ToList();
        await AdvanceUntilAsync(graph, () => graph.Arrivals.Count == 3);
        graph.Time.Advance(TimeSpan.FromMilliseconds(300));
        var released = graph.Time.Elapsed;
        stall.SetResult();

        // The three wait for their new departures inside their writes: the clock moves on without waiting for them. (Moving
        // it while one is still on its way can only make it later, never bunch it.)
        await AdvanceUntilAsync(graph, () => sends.All(s => s.IsCompleted), settle: false);
        await Task.WhenAll(sends);
        var arrivals = graph.ServerArrivals.Order().ToArray();
        Assert.Equal(3, arrivals.Length);
        Assert.All(arrivals, a => Assert.True(a >= released, $"a send reached the server at {a}, before the stall ended at {released}"));
        for (var i = 1; i < arrivals.Length; i++)
        {
            Assert.True(arrivals[i] - arrivals[i - 1] >= Interval - Step, $"sends reached the server {arrivals[i] - arrivals[i - 1]} apart: {string.Join(", ", arrivals)}");
        }
    }

    [Fact]
    public async Task SendAsync_SharedStoreAndASendStalledOnItsWay_GivesItsSlotUpAndTakesTheNextFreeOne()
    {
        var stall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var graph = Graph(shared: true).AcceptMessagesAtTheServer();
        var store = (SharedStore)graph.Services.GetRequiredService<IWhatsAppRateLimitStore>();
        var (first, second) = await FirstStalledSecondOnTimeAsync(graph, stall.Task, Ct);

        // Another process's sends would be on time: this one, as late as it is, must not land among them.
        stall.SetResult();
        await AdvanceUntilAsync(graph, () => first.IsCompleted && second.IsCompleted, settle: false);
        await Task.WhenAll(first, second);

        var arrivals = graph.ServerArrivals.ToArray();
        Assert.Equal(2, arrivals.Length);
        Assert.True(arrivals[1] >= Interval * 2, $"the late send reached the server at {arrivals[1]}, before the next free slot at {Interval * 2}");
        Assert.Equal(3, store.Acquires);
    }

    [Fact]
    public async Task SendAsync_CancelledWhileItWaitsForANewSlot_IsNotSentRatherThanOfUnknownOutcome()
    {
        var stall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var graph = Graph(shared: true).AcceptMessagesAtTheServer();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var (first, second) = await FirstStalledSecondOnTimeAsync(graph, stall.Task, cancel.Token);

        // The late send waits for its new slot (two intervals on) with its headers unwritten: cancelling it now sends nothing.
        stall.SetResult();
        await Task.Delay(50, Ct);
        await cancel.CancelAsync();

        var outcome = await Record.ExceptionAsync(() => first);
        Assert.True(outcome is OperationCanceledException, $"{outcome?.GetType().Name ?? "sent"} at {graph.Time.Elapsed}; server arrivals {string.Join(", ", graph.ServerArrivals)}; handler arrivals {string.Join(", ", graph.Arrivals)}; {outcome}");
        await second;
        await AdvanceUntilAsync(graph, () => graph.Time.Elapsed >= Interval * 3);
        Assert.Single(graph.ServerArrivals);
    }

    /// <summary>
    /// Starts two sends: the first (slot now, sent with <paramref name="firstToken"/>) stalls after the limiter until
    /// <paramref name="stall"/> ends; the second (slot one interval on) reaches the server. Returns with the clock half
    /// an interval past the second's slot and the first still stalled.
    /// </summary>
    private static async Task<(Task<SendMessageResult> First, Task<SendMessageResult> Second)> FirstStalledSecondOnTimeAsync(
        LimitedGraph graph, Task stall, CancellationToken firstToken)
    {
        var stalled = 0;
        graph.OnTheWay = _ => Interlocked.Exchange(ref stalled, 1) == 0 ? stall : Task.CompletedTask;
        var first = graph.Messages.SendTextAsync("+16505550000", "hi", cancellationToken: firstToken);
        await AdvanceUntilAsync(graph, () => graph.Arrivals.Count == 1);
        var second = graph.Messages.SendTextAsync("+16505550001", "hi", cancellationToken: Ct);
        await AdvanceUntilAsync(graph, () => graph.ServerArrivals.Count == 1);
        await AdvanceUntilAsync(graph, () => graph.Time.Elapsed >= Interval * 1.5);
        return (first, second);
    }

    private static LimitedGraph Graph(bool shared) => new(
        o =>
        {
            o.MessagesPerSecond = Rate;
            o.ThroughputHeadroom = Headroom;
        },
        shared ? services => services.AddSingleton<IWhatsAppRateLimitStore>(sp => new SharedStore(sp.GetRequiredService<InMemoryRateLimitStore>())) : null);

    /// <summary>
    /// Moves the fake clock in small steps until <paramref name="done"/>, letting the requests on their way finish their
    /// real I/O first unless <paramref name="settle"/> is off (while sends wait for the clock inside their writes).
    /// </summary>
    private static async Task AdvanceUntilAsync(LimitedGraph graph, Func<bool> done, bool settle = true)
    {
        for (var step = 0; step < 2_000 && !done(); step++)
        {
            if (settle)
            {
                await graph.SettleAsync();
            }

            graph.Time.Advance(Step);
            await Task.Delay(1, Ct);
        }

        Assert.True(done(), $"not reached by {graph.Time.Elapsed}");
    }

    /// <summary>A store the limiter treats as shared with other processes (not the in-memory one), counting acquires.</summary>
    private sealed class SharedStore(InMemoryRateLimitStore inner) : IWhatsAppRateLimitStore
    {
        private int _acquires;

        public int Acquires => Volatile.Read(ref _acquires);

        public ValueTask<RateLimitDecision> AcquireAsync(RateLimitAcquireRequest request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _acquires);
            return inner.AcquireAsync(request, cancellationToken);
        }

        public ValueTask PushForwardAsync(string phoneNumberId, long recipientKey, TimeSpan delay, RateLimitRules rules, CancellationToken cancellationToken = default) =>
            inner.PushForwardAsync(phoneNumberId, recipientKey, delay, rules, cancellationToken);
    }
}
