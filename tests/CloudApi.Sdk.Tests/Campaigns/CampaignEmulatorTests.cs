using System.Globalization;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Campaigns;

/// <summary>
/// Campaigns end to end against the emulator over loopback HTTP, its status webhooks fed back to the campaign: the
/// engine's clock (heartbeats, polls, the unknown-outcome timeout) is a <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>.
/// </summary>
public sealed class CampaignEmulatorTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<BulkMessage> Messages(int count, string? callbackData = null) =>
        [.. Enumerable.Range(0, count).Select(i => new BulkMessage(
            "+4477" + (1_000_000 + i).ToString(CultureInfo.InvariantCulture),
            new TextMessage($"campaign message {i}"))
        {
            Options = callbackData is null ? null : new SendMessageOptions { BizOpaqueCallbackData = callbackData + i.ToString(CultureInfo.InvariantCulture) },
        })];

    /// <summary>How many times the emulator accepted each campaign message, by its marker.</summary>
    private static Dictionary<string, int> AcceptedByMarker(WhatsAppEmulator emulator) => emulator.Messages
        .Select(m => m.BizOpaqueCallbackData![(m.BizOpaqueCallbackData!.LastIndexOf('\u001F') + 1)..])
        .GroupBy(marker => marker)
        .ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public async Task RunAsync_OneRecipientWaitingForItsPairSlot_TheRestOfTheCampaignGoesOnMeanwhile()
    {
        // The second message to the first recipient waits 10 minutes for its pair slot: it holds one send slot, not the run.
        await using var harness = await CampaignHarness.StartAsync(limits: o =>
        {
            o.PairBurst = 1;
            o.PairInterval = TimeSpan.FromMinutes(10);
        });
        var campaigns = harness.Campaigns;
        var messages = Messages(40);
        messages[1] = new BulkMessage(messages[0].Recipient, messages[1].Message);
        await campaigns.CreateAsync("one-waits", messages, cancellationToken: Ct);
        await campaigns.StartAsync("one-waits", Ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var run = campaigns.RunAsync("one-waits", new CampaignRunOptions { MaxConcurrency = 4 }, stop.Token);

        await harness.UntilAsync(async () => (await campaigns.Store.GetCountsAsync("one-waits", Ct)).Accepted == 39);
        var waiting = await campaigns.Store.GetCountsAsync("one-waits", Ct);
        Assert.Equal(1, waiting.InFlight);
        Assert.False(run.IsCompleted);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        var after = await campaigns.Store.GetCountsAsync("one-waits", Ct);
        Assert.Equal(39, after.Accepted);
        Assert.Equal(1, after.NotSent);
    }

    [Fact]
    public async Task RunAsync_WithFaults_EveryFateKnownEachAcceptedOnceAndUnknownsResolvedFromWebhooks()
    {
        await using var harness = await CampaignHarness.StartAsync(o =>
        {
            o.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.AcceptThenDrop, Probability = 0.1, Count = 6 });
            o.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.SlowResponse, Probability = 0.1, Count = 3, Delay = TimeSpan.FromSeconds(2) });
            o.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.ServerError, Probability = 0.1, Count = 4 });
        });
        var campaigns = harness.Campaigns;
        await campaigns.CreateAsync("faults", Messages(200, "order-"), new CampaignCreateOptions { UnknownOutcomePolicy = UnknownOutcomePolicy.Resend }, Ct);
        await campaigns.StartAsync("faults", Ct);

        var run = campaigns.RunAsync("faults", new CampaignRunOptions { MaxConcurrency = 16 }, Ct);

        // Every send got its answer; the outcomes Meta accepted are resolved by their webhooks, the others (500s) stay unknown.
        await harness.UntilAsync(async () =>
        {
            var counts = await campaigns.Store.GetCountsAsync("faults", Ct);
            var accepted = AcceptedByMarker(harness.Emulator);
            var unknown = new List<CampaignMessage>();
            await foreach (var m in campaigns.ReadResultsAsync("faults", Ct))
            {
                if (m.State == CampaignMessageState.OutcomeUnknown)
                {
                    unknown.Add(m);
                }
            }

            return counts.Pending + counts.InFlight == 0 && unknown.TrueForAll(m => !accepted.ContainsKey(m.Marker));
        });
        var beforeTimeout = await campaigns.Store.GetCountsAsync("faults", Ct);
        Assert.False(run.IsCompleted);
        Assert.InRange(beforeTimeout.OutcomeUnknown, 1, 7); // the 500s (and slow answers the emulator did not finish)

        // Past the timeout, the Resend policy sends the ones no status resolved; the campaign then completes.
        var progress = await harness.Time.RunAsync(run, TimeSpan.FromMinutes(1), maxSteps: 400);

        Assert.Equal(CampaignRunState.Completed, progress.State);
        Assert.Equal(200, progress.Counts.Accepted);
        Assert.Equal(0, progress.Counts.OutcomeUnknown + progress.Counts.Failed + progress.Counts.NotSent);
        var acceptedOnce = AcceptedByMarker(harness.Emulator);
        Assert.Equal(200, acceptedOnce.Count);
        Assert.All(acceptedOnce, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(0, harness.Emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
        var results = new List<CampaignMessage>();
        await foreach (var m in campaigns.ReadResultsAsync("faults", Ct))
        {
            results.Add(m);
        }

        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), results.Select(m => m.Index));
        Assert.All(results, m => Assert.StartsWith("wamid.", m.MessageId, StringComparison.Ordinal));
        Assert.Contains(results, m => m.Attempts == 2); // a 500 resent
        var emulated = harness.Emulator.Messages.ToDictionary(m => m.Id);
        Assert.All(results, m => Assert.Equal("order-" + m.Index.ToString(CultureInfo.InvariantCulture) + "\u001F" + m.Marker, emulated[m.MessageId!].BizOpaqueCallbackData));

        // Delivery tracking: the emulator's delivered and read statuses reach every message.
        await harness.UntilAsync(async () => (await campaigns.Store.GetCountsAsync("faults", Ct)).Read == 200);
        var reach = await campaigns.GetProgressAsync("faults", Ct);
        Assert.Equal(200, reach.Counts.Delivered);
        Assert.Equal(0, reach.Counts.DeliveryFailed);

        // Marker stripping: the handlers saw the caller's own data only.
        lock (harness.Received)
        {
            Assert.All(harness.Received, s => Assert.Matches("^order-[0-9]+$", s.BizOpaqueCallbackData!));
        }
    }

    [Fact]
    public async Task RunAsync_ReportPolicy_UnknownThatNoStatusResolvesIsReportedNotResent()
    {
        await using var harness = await CampaignHarness.StartAsync(o => o.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.ServerError, Count = 1 }));
        var campaigns = harness.Campaigns;
        await campaigns.CreateAsync("report", Messages(5), cancellationToken: Ct);
        await campaigns.StartAsync("report", Ct);

        var progress = await harness.Time.RunAsync(campaigns.RunAsync("report", cancellationToken: Ct), TimeSpan.FromMinutes(1), maxSteps: 400);

        Assert.Equal(CampaignRunState.Completed, progress.State);
        Assert.Equal(1, progress.Counts.OutcomeUnknown);
        Assert.Equal(4, progress.Counts.Accepted);
        Assert.Equal(4, harness.Emulator.Messages.Count);
        var unknown = Assert.Single(await campaigns.Store.ListUnresolvedAsync("report", DateTimeOffset.MaxValue, Ct));
        Assert.Equal("MessageOutcomeUnknownException", unknown.Error!.Kind);
        Assert.Equal(131000, unknown.Error.Code);
        Assert.Equal(1, unknown.Attempts);
    }

    [Fact]
    public async Task RunAsync_MetaRefusesTheMessages_FailedWithTypedError()
    {
        await using var harness = await CampaignHarness.StartAsync(o => o.EnforceCustomerServiceWindow = true);
        var campaigns = harness.Campaigns;
        await campaigns.CreateAsync("refused", Messages(3), cancellationToken: Ct);
        await campaigns.StartAsync("refused", Ct);

        var progress = await harness.Time.RunAsync(campaigns.RunAsync("refused", cancellationToken: Ct), Step);

        Assert.Equal(CampaignRunState.Completed, progress.State);
        Assert.Equal(3, progress.Counts.Failed);
        await foreach (var m in campaigns.ReadResultsAsync("refused", Ct))
        {
            Assert.Equal(nameof(WhatsAppApiException), m.Error!.Kind);
            Assert.Equal(WhatsAppErrorCodes.ReEngagementRequired, m.Error.Code);
            Assert.Null(m.MessageId);
        }
    }

    [Fact]
    public async Task ApplyStatus_FailedDelivery_CountedAsDeliveryFailedWithPricing()
    {
        await using var harness = await CampaignHarness.StartAsync(o => o.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.FailedDelivery, Count = 1 }));
        var campaigns = harness.Campaigns;
        await campaigns.CreateAsync("undelivered", Messages(2), cancellationToken: Ct);
        await campaigns.StartAsync("undelivered", Ct);

        await harness.Time.RunAsync(campaigns.RunAsync("undelivered", cancellationToken: Ct), Step);
        await harness.UntilAsync(async () => await campaigns.Store.GetCountsAsync("undelivered", Ct) is { DeliveryFailed: 1, Read: 1 });

        var results = new List<CampaignMessage>();
        await foreach (var m in campaigns.ReadResultsAsync("undelivered", Ct))
        {
            results.Add(m);
        }

        Assert.Equal([DeliveryStatus.Failed, DeliveryStatus.Read], results.Select(m => m.Delivery!.Value).Order(Comparer<DeliveryStatus>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()))));
        Assert.All(results, m => Assert.Equal(CampaignMessageState.Accepted, m.State));
    }

    [Fact]
    public async Task PauseResume_WorkerStopsClaimingWhilePaused_ThenFinishes()
    {
        await using var harness = await CampaignHarness.StartAsync();
        var campaigns = harness.Campaigns;
        await campaigns.CreateAsync("paused", Messages(40), cancellationToken: Ct);
        await campaigns.StartAsync("paused", Ct);
        await campaigns.PauseAsync("paused", Ct);

        var run = campaigns.RunAsync("paused", new CampaignRunOptions { ClaimSize = 10, MaxConcurrency = 4 }, Ct);
        for (var i = 0; i < 5; i++)
        {
            harness.Time.Advance(Step);
            await Task.Yield();
        }

        Assert.Equal(40, (await campaigns.Store.GetCountsAsync("paused", Ct)).Pending);
        Assert.Empty(harness.Emulator.Messages);
        Assert.False(run.IsCompleted);

        await campaigns.ResumeAsync("paused", Ct);
        var progress = await harness.Time.RunAsync(run, Step);

        Assert.Equal(CampaignRunState.Completed, progress.State);
        Assert.Equal(40, progress.Counts.Accepted);
        Assert.Equal(40, harness.Emulator.Messages.Count);
    }

    [Fact]
    public async Task Cancel_WhileRunning_NothingMoreSentAndUnsentStayUnsent()
    {
        await using var harness = await CampaignHarness.StartAsync();
        var campaigns = harness.Campaigns;
        await campaigns.CreateAsync("cancelled", Messages(30), cancellationToken: Ct);
        await campaigns.StartAsync("cancelled", Ct);
        var seen = 0;
        var cancelled = new TaskCompletionSource();
        var progress = new Progress<CampaignProgress>(_ =>
        {
            if (Interlocked.Increment(ref seen) == 1)
            {
                cancelled.TrySetResult();
            }
        });

        var run = campaigns.RunAsync("cancelled", new CampaignRunOptions { ClaimSize = 5, MaxConcurrency = 5, Progress = progress }, Ct);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await campaigns.CancelAsync("cancelled", Ct);
        var end = await harness.Time.RunAsync(run, Step);

        Assert.Equal(CampaignRunState.Cancelled, end.State);
        Assert.InRange(end.Counts.Accepted, 5, 29);
        Assert.Equal(end.Counts.Accepted, harness.Emulator.Messages.Count);
        Assert.Equal(30 - end.Counts.Accepted, end.Counts.Pending + end.Counts.NotSent);
        await Assert.ThrowsAsync<InvalidOperationException>(() => campaigns.ResumeAsync("cancelled", Ct));
    }

    [Fact]
    public async Task RunAsync_WorkerKilledMidWay_AnotherTakesOverWithoutResendingItsInFlight()
    {
        await using var harness = await CampaignHarness.StartAsync(o => o.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.SlowResponse, Delay = TimeSpan.FromMilliseconds(400), Count = 100 }));
        var killable = new KillableCampaignStore(harness.Store);
        var doomed = new WhatsAppCampaigns(harness.Client, killable, new WhatsAppCampaignsOptions { TimeProvider = harness.Time });
        var campaigns = harness.Campaigns;
        await campaigns.CreateAsync("killed", Messages(50), cancellationToken: Ct);
        await campaigns.StartAsync("killed", Ct);

        // The first worker's process "dies" once it has marked messages in flight: its calls to the store never return.
        var first = doomed.RunAsync("killed", new CampaignRunOptions { WorkerId = "first", ClaimSize = 20, MaxConcurrency = 4 }, Ct);
        await killable.KillAfterInFlightAsync(4).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var heldByTheDead = await campaigns.Store.GetCountsAsync("killed", Ct);
        Assert.True(heldByTheDead.InFlight + heldByTheDead.Accepted >= 4); // its sends left; a webhook may already have resolved some

        // Its answers arrive later (the emulator accepted them), but the dead worker never records them: only webhooks can.
        harness.Time.Advance(TimeSpan.FromSeconds(31));
        var second = campaigns.RunAsync("killed", new CampaignRunOptions { WorkerId = "second", MaxConcurrency = 8 }, Ct);
        var progress = await harness.Time.RunAsync(second, Step, maxSteps: 400);

        Assert.False(first.IsCompleted);
        Assert.Equal(CampaignRunState.Completed, progress.State);
        Assert.Equal(50, progress.Counts.Accepted);
        var accepted = AcceptedByMarker(harness.Emulator);
        Assert.Equal(50, accepted.Count);
        Assert.All(accepted, pair => Assert.Equal(1, pair.Value));
        await foreach (var m in campaigns.ReadResultsAsync("killed", Ct))
        {
            Assert.Equal(1, m.Attempts); // the four the dead worker had in flight were not sent again
        }
    }

    [Fact]
    public async Task GetProgress_ManyMessagesToOneUser_EstimateKnowsThePairLimit()
    {
        await using var harness = await CampaignHarness.StartAsync();
        var campaigns = harness.Campaigns;
        var toOne = Enumerable.Range(0, 100).Select(i => new BulkMessage("+447700900123", new TextMessage($"update {i}")));
        var toMany = Messages(800);
        await campaigns.CreateAsync("one-user", toOne, cancellationToken: Ct);
        await campaigns.CreateAsync("many-users", toMany, cancellationToken: Ct);

        var oneUser = await campaigns.GetProgressAsync("one-user", Ct);
        var manyUsers = await campaigns.GetProgressAsync("many-users", Ct);

        // 100 to one user: 45 in the burst, then one per 6 s; 800 to distinct users at 80 per second (less 4 % headroom).
        Assert.Equal(TimeSpan.FromSeconds(55 * 6), oneUser.EstimatedTimeRemaining);
        Assert.Equal(TimeSpan.FromSeconds(11), manyUsers.EstimatedTimeRemaining);
        Assert.Equal(100, oneUser.Remaining);
        Assert.Null(oneUser.MessagesPerSecond);
    }

    [Fact]
    public async Task GetProgress_UserWhoseBurstWentOut_EstimateCountsDownWithThePairsSchedule()
    {
        await using var harness = await CampaignHarness.StartAsync();
        var campaigns = harness.Campaigns;
        await campaigns.CreateAsync("paced", Enumerable.Range(0, 50).Select(i => new BulkMessage("+447700900123", new TextMessage($"update {i}"))), cancellationToken: Ct);

        // The burst of 45 went out at once; the 5 after it wait for their pair slots, 6 s apart.
        var claimed = await harness.Store.ClaimAsync("paced", "w", 45, TimeSpan.FromMinutes(1), Ct);
        foreach (var m in claimed)
        {
            await harness.Store.MarkInFlightAsync("paced", m.Index, "w", Ct);
            await harness.Store.CompleteAsync("paced", m.Index, "w", CampaignMessageState.Accepted, "wamid." + m.Index, null, Ct);
        }

        var afterBurst = await campaigns.GetProgressAsync("paced", Ct);
        harness.Time.Advance(TimeSpan.FromSeconds(12));
        var twoSlotsLater = await campaigns.GetProgressAsync("paced", Ct);

        // The last of the 5 may go 30 s after the burst: the estimate counts down to it instead of restarting from now.
        Assert.Equal(TimeSpan.FromSeconds(30), afterBurst.EstimatedTimeRemaining);
        Assert.Equal(TimeSpan.FromSeconds(18), twoSlotsLater.EstimatedTimeRemaining);
    }

    [Fact]
    public async Task GetProgress_AsMessagesComplete_RateAndEstimateFollow()
    {
        await using var harness = await CampaignHarness.StartAsync();
        var campaigns = new WhatsAppCampaigns(harness.Client, harness.Store, new WhatsAppCampaignsOptions
        {
            TimeProvider = harness.Time,
            RateLimiting = new CloudApi.Sdk.RateLimiting.WhatsAppRateLimitOptions { MessagesPerSecond = 1_000, ThroughputHeadroom = 0 },
        });
        await campaigns.CreateAsync("rate", Messages(100), cancellationToken: Ct);
        var start = await campaigns.GetProgressAsync("rate", Ct);
        Assert.Equal(TimeSpan.FromSeconds(1), start.EstimatedTimeRemaining);

        // Half of it done in 10 s of the engine's clock: the observed 5 per second is slower than the limiter allows.
        var claimed = await harness.Store.ClaimAsync("rate", "w", 50, TimeSpan.FromMinutes(1), Ct);
        foreach (var m in claimed)
        {
            await harness.Store.MarkInFlightAsync("rate", m.Index, "w", Ct);
            await harness.Store.CompleteAsync("rate", m.Index, "w", CampaignMessageState.Accepted, "wamid." + m.Index, null, Ct);
        }

        harness.Time.Advance(TimeSpan.FromSeconds(10));
        var half = await campaigns.GetProgressAsync("rate", Ct);

        Assert.Equal(5, half.MessagesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(10), half.EstimatedTimeRemaining);
        Assert.Equal(50, half.Remaining);
    }

    [Fact]
    public async Task CreateAsync_CallbackDataLeavesNoRoomForTheMarker_ThrowsBeforeAnythingIsSent()
    {
        await using var harness = await CampaignHarness.StartAsync();
        var fits = new string('x', 512 - 1 - "~c:abcdefgha".Length);
        var tooLong = fits + "x";

        await harness.Campaigns.CreateAsync("fits", [new BulkMessage("+447700900001", new TextMessage("hi")) { Options = new SendMessageOptions { BizOpaqueCallbackData = fits } }], cancellationToken: Ct);
        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => harness.Campaigns.CreateAsync(
            "too-long",
            [new BulkMessage("+447700900001", new TextMessage("hi")), new BulkMessage("+447700900002", new TextMessage("hi")) { Options = new SendMessageOptions { BizOpaqueCallbackData = tooLong } }],
            cancellationToken: Ct));

        Assert.Equal("biz_opaque_callback_data", error.ParamName);
        Assert.Contains("at most 499 characters", error.Message, StringComparison.Ordinal);
        Assert.Null((await harness.Campaigns.GetAsync("too-long", Ct))!.Total);
        Assert.Empty(harness.Emulator.Messages);
    }

    [Fact]
    public async Task CreateAsync_Twice_SecondChangesNothing()
    {
        await using var harness = await CampaignHarness.StartAsync();

        var first = await harness.Campaigns.CreateAsync("twice", Messages(3), cancellationToken: Ct);
        var second = await harness.Campaigns.CreateAsync("twice", Messages(5), cancellationToken: Ct);

        Assert.Equal(3, first.Total);
        Assert.Equal(first, second);
        Assert.Equal(3, (await harness.Store.GetCountsAsync("twice", Ct)).Total);
    }

    [Fact]
    public async Task CreateAsync_TypedMessage_StoredAsTheJsonOfItsContent()
    {
        await using var harness = await CampaignHarness.StartAsync();

        await harness.Campaigns.CreateAsync("json", [new BulkMessage("+447700900001", new TextMessage("Hi \"there\"") { PreviewUrl = true })], cancellationToken: Ct);

        await foreach (var m in harness.Campaigns.ReadResultsAsync("json", Ct))
        {
            Assert.Equal("text", m.MessageType);
            JsonAssert.Equal("""{"body":"Hi \"there\"","preview_url":true}""", System.Text.Json.Nodes.JsonNode.Parse(m.Content.Span));
        }
    }

    [Fact]
    public async Task ApplyStatus_StatusWithoutMarker_Ignored()
    {
        await using var harness = await CampaignHarness.StartAsync();
        var status = WhatsAppModelFactory.MessageStatusUpdate(messageId: "wamid.X", status: DeliveryStatus.Sent, bizOpaqueCallbackData: "just mine");

        Assert.Null(await harness.Campaigns.ApplyStatusAsync(status, Ct));
        Assert.Equal("just mine", status.BizOpaqueCallbackData);
    }
}
