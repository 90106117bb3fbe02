using System.Text;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.Campaigns;

/// <summary>
/// The behaviour every <see cref="ICampaignStore"/> must have, on a <see cref="FakeTimeProvider"/>. Each store's test
/// class derives from this one (the in-memory store here, the Redis store in its own test project, which links this file).
/// </summary>
public abstract class CampaignStoreContractTests : IAsyncLifetime
{
    private static readonly TimeSpan Abandoned = TimeSpan.FromSeconds(30);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    protected ICampaignStore Store { get; private set; } = null!;

    /// <summary>A campaign name unique to the test, so tests sharing a remote store do not see each other's state.</summary>
    protected string Name { get; } = "campaign-" + Guid.NewGuid().ToString("N");

    /// <summary>A marker prefix unique to the test (markers are unique across a store's campaigns).</summary>
    private string MarkerPrefix { get; } = "~c:" + Guid.NewGuid().ToString("N")[..8];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract ValueTask<ICampaignStore> CreateStoreAsync(FakeTimeProvider time);

    public async ValueTask InitializeAsync() => Store = await CreateStoreAsync(Time);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private string Marker(long index) => MarkerPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private CampaignMessage Message(long index, string? callbackData = null) => new()
    {
        Index = index,
        Recipient = "+1650555" + (1000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture),
        MessageType = "text",
        Content = Encoding.UTF8.GetBytes($$"""{"body":"hello {{index}}"}"""),
        PhoneNumberId = "106540352242922",
        ReplyToMessageId = index == 0 ? "wamid.quoted" : null,
        CallbackData = callbackData,
        Marker = Marker(index),
    };

    private CampaignInfo Info(UnknownOutcomePolicy policy = UnknownOutcomePolicy.Report) => new()
    {
        Name = Name,
        CreatedAt = Time.GetUtcNow(),
        UnknownOutcomeTimeout = TimeSpan.FromMinutes(10),
        UnknownOutcomePolicy = policy,
    };

    private async Task CreateWithAsync(int count)
    {
        Assert.True(await Store.CreateAsync(Info(), Ct));
        await Store.AddMessagesAsync(Name, Enumerable.Range(0, count).Select(i => Message(i)).ToArray(), Ct);
    }

    private async Task<CampaignMessage> ReadAsync(long index)
    {
        await foreach (var message in Store.ReadMessagesAsync(Name, index, Ct))
        {
            return message;
        }

        throw new InvalidOperationException($"No message {index}.");
    }

    private async Task<List<CampaignMessage>> ReadAllAsync()
    {
        var all = new List<CampaignMessage>();
        await foreach (var message in Store.ReadMessagesAsync(Name, 0, Ct))
        {
            all.Add(message);
        }

        return all;
    }

    [Fact]
    public async Task Create_NewName_StoresTheCampaignAsGiven()
    {
        var info = Info(UnknownOutcomePolicy.Resend);

        Assert.True(await Store.CreateAsync(info, Ct));

        var stored = await Store.GetAsync(Name, Ct);
        Assert.NotNull(stored);
        Assert.Equal(Name, stored.Name);
        Assert.Equal(CampaignRunState.Created, stored.State);
        Assert.Null(stored.Total);
        Assert.Equal(info.CreatedAt, stored.CreatedAt);
        Assert.Equal(TimeSpan.FromMinutes(10), stored.UnknownOutcomeTimeout);
        Assert.Equal(UnknownOutcomePolicy.Resend, stored.UnknownOutcomePolicy);
    }

    [Fact]
    public async Task Create_ExistingName_ReturnsFalseAndChangesNothing()
    {
        await Store.CreateAsync(Info(), Ct);

        Assert.False(await Store.CreateAsync(Info(UnknownOutcomePolicy.Resend) with { State = CampaignRunState.Running }, Ct));

        var stored = await Store.GetAsync(Name, Ct);
        Assert.Equal(CampaignRunState.Created, stored!.State);
        Assert.Equal(UnknownOutcomePolicy.Report, stored.UnknownOutcomePolicy);
    }

    [Fact]
    public async Task Get_UnknownName_ReturnsNull() => Assert.Null(await Store.GetAsync(Name, Ct));

    [Fact]
    public async Task SealAndSetState_ArePersisted()
    {
        await Store.CreateAsync(Info(), Ct);

        await Store.SealAsync(Name, 42, Ct);
        await Store.SetStateAsync(Name, CampaignRunState.Paused, Ct);

        var stored = await Store.GetAsync(Name, Ct);
        Assert.Equal(42, stored!.Total);
        Assert.Equal(CampaignRunState.Paused, stored.State);
    }

    [Fact]
    public async Task AddMessages_RoundTripsEveryFieldAsPending()
    {
        Assert.True(await Store.CreateAsync(Info(), Ct));
        var message = Message(0, callbackData: "order-17") with { State = CampaignMessageState.Accepted, Recipient = WhatsAppRecipientOf.Group };

        await Store.AddMessagesAsync(Name, [message], Ct);

        var stored = await ReadAsync(0);
        Assert.Equal(0, stored.Index);
        Assert.Equal(WhatsAppRecipientOf.Group, stored.Recipient);
        Assert.Equal(WhatsAppRecipientKind.Group, stored.Recipient.Kind);
        Assert.Equal("text", stored.MessageType);
        Assert.Equal("""{"body":"hello 0"}""", Encoding.UTF8.GetString(stored.Content.Span));
        Assert.Equal("106540352242922", stored.PhoneNumberId);
        Assert.Equal("wamid.quoted", stored.ReplyToMessageId);
        Assert.Equal("order-17", stored.CallbackData);
        Assert.Equal(Marker(0), stored.Marker);
        Assert.Equal(CampaignMessageState.Pending, stored.State);
        Assert.Null(stored.MessageId);
        Assert.Null(stored.Error);
        Assert.Null(stored.Delivery);
        Assert.Equal(0, stored.Attempts);
        Assert.Equal(1, (await Store.GetCountsAsync(Name, Ct)).Pending);
    }

    [Fact]
    public async Task AddMessages_SameBatchTwice_ChangesNothing()
    {
        await CreateWithAsync(3);
        var claimed = await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);
        await Store.MarkInFlightAsync(Name, claimed[0].Index, "w1", Ct);

        await Store.AddMessagesAsync(Name, Enumerable.Range(0, 3).Select(i => Message(i)).ToArray(), Ct);

        var counts = await Store.GetCountsAsync(Name, Ct);
        Assert.Equal(3, counts.Total);
        Assert.Equal(1, counts.InFlight);
        Assert.Equal(2, counts.Pending);
        Assert.Equal(3, (await ReadAllAsync()).Count);
    }

    [Fact]
    public async Task AddMessages_UnknownCampaign_Throws() =>
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Store.AddMessagesAsync(Name, [Message(0)], Ct));

    [Fact]
    public async Task Claim_HandsOutPendingInIndexOrder_EachOnce()
    {
        await CreateWithAsync(5);

        var first = await Store.ClaimAsync(Name, "w1", 3, Abandoned, Ct);
        var second = await Store.ClaimAsync(Name, "w2", 3, Abandoned, Ct);
        var third = await Store.ClaimAsync(Name, "w3", 3, Abandoned, Ct);

        Assert.Equal([0L, 1, 2], first.Select(m => m.Index));
        Assert.Equal([3L, 4], second.Select(m => m.Index));
        Assert.Empty(third);
    }

    [Fact]
    public async Task Claim_HeldByLiveWorker_NotHandedToAnother()
    {
        await CreateWithAsync(2);
        await Store.ClaimAsync(Name, "w1", 2, Abandoned, Ct);

        Time.Advance(TimeSpan.FromSeconds(20));
        await Store.HeartbeatAsync(Name, "w1", Ct);
        Time.Advance(TimeSpan.FromSeconds(20));

        Assert.Empty(await Store.ClaimAsync(Name, "w2", 10, Abandoned, Ct));
    }

    [Fact]
    public async Task Claim_HeldByDeadWorker_HandedOverAsStored()
    {
        await CreateWithAsync(3);
        var held = await Store.ClaimAsync(Name, "dead", 2, Abandoned, Ct);
        Assert.True(await Store.MarkInFlightAsync(Name, held[0].Index, "dead", Ct));

        Time.Advance(Abandoned + TimeSpan.FromSeconds(1));
        var reclaimed = await Store.ClaimAsync(Name, "alive", 10, Abandoned, Ct);

        Assert.Equal([0L, 1, 2], reclaimed.Select(m => m.Index).Order());
        var inFlight = Assert.Single(reclaimed, m => m.Index == 0);
        Assert.Equal(CampaignMessageState.InFlight, inFlight.State);
        Assert.Equal(1, inFlight.Attempts);
        Assert.Equal(CampaignMessageState.Pending, Assert.Single(reclaimed, m => m.Index == 1).State);
    }

    [Fact]
    public async Task Claim_ByLiveWorker_CountsAsHeartbeat()
    {
        await CreateWithAsync(2);
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);
        Time.Advance(TimeSpan.FromSeconds(25));
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);
        Time.Advance(TimeSpan.FromSeconds(25));

        Assert.Empty(await Store.ClaimAsync(Name, "w2", 10, Abandoned, Ct));
    }

    [Fact]
    public async Task MarkInFlight_HeldPending_BecomesInFlightWithAnAttempt()
    {
        await CreateWithAsync(1);
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);

        Assert.True(await Store.MarkInFlightAsync(Name, 0, "w1", Ct));

        var stored = await ReadAsync(0);
        Assert.Equal(CampaignMessageState.InFlight, stored.State);
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(1, (await Store.GetCountsAsync(Name, Ct)).InFlight);
    }

    [Fact]
    public async Task MarkInFlight_NotHeldOrTakenOver_ReturnsFalse()
    {
        await CreateWithAsync(2);
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);
        Assert.False(await Store.MarkInFlightAsync(Name, 1, "w1", Ct));

        Time.Advance(Abandoned + TimeSpan.FromSeconds(1));
        await Store.ClaimAsync(Name, "w2", 1, Abandoned, Ct);

        Assert.False(await Store.MarkInFlightAsync(Name, 0, "w1", Ct));
        Assert.True(await Store.MarkInFlightAsync(Name, 0, "w2", Ct));
    }

    [Fact]
    public async Task MarkInFlight_AlreadyInFlight_ReturnsFalse()
    {
        await CreateWithAsync(1);
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);
        await Store.MarkInFlightAsync(Name, 0, "w1", Ct);

        Assert.False(await Store.MarkInFlightAsync(Name, 0, "w1", Ct));
        Assert.Equal(1, (await ReadAsync(0)).Attempts);
    }

    [Theory]
    [InlineData(CampaignMessageState.Accepted)]
    [InlineData(CampaignMessageState.Failed)]
    [InlineData(CampaignMessageState.OutcomeUnknown)]
    public async Task Complete_FinalOutcome_StoredAndNotClaimableAgain(CampaignMessageState outcome)
    {
        await CreateWithAsync(1);
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);
        await Store.MarkInFlightAsync(Name, 0, "w1", Ct);
        var error = outcome == CampaignMessageState.Accepted ? null : new CampaignMessageError { Kind = "WhatsAppApiException", Code = 131026, Message = "Message undeliverable" };

        await Store.CompleteAsync(Name, 0, "w1", outcome, outcome == CampaignMessageState.Accepted ? "wamid.A" : null, error, Ct);

        var stored = await ReadAsync(0);
        Assert.Equal(outcome, stored.State);
        Assert.Equal(outcome == CampaignMessageState.Accepted ? "wamid.A" : null, stored.MessageId);
        Assert.Equal(error, stored.Error);
        Assert.Equal(Time.GetUtcNow(), stored.UpdatedAt);
        Time.Advance(Abandoned * 3);
        Assert.Empty(await Store.ClaimAsync(Name, "w2", 10, Abandoned, Ct));
        var counts = await Store.GetCountsAsync(Name, Ct);
        Assert.Equal(1, outcome switch
        {
            CampaignMessageState.Accepted => counts.Accepted,
            CampaignMessageState.Failed => counts.Failed,
            _ => counts.OutcomeUnknown,
        });
        Assert.Equal(0, counts.InFlight);
    }

    [Fact]
    public async Task Complete_NotSent_ClaimableAgain()
    {
        await CreateWithAsync(2);
        await Store.ClaimAsync(Name, "w1", 2, Abandoned, Ct);

        await Store.CompleteAsync(Name, 1, "w1", CampaignMessageState.NotSent, null, null, Ct);

        Assert.Equal(CampaignMessageState.NotSent, (await ReadAsync(1)).State);
        var again = Assert.Single(await Store.ClaimAsync(Name, "w2", 10, Abandoned, Ct));
        Assert.Equal(1, again.Index);
        Assert.True(await Store.MarkInFlightAsync(Name, 1, "w2", Ct));
    }

    [Fact]
    public async Task Complete_AfterStatusAccepted_NeverDowngrades()
    {
        await CreateWithAsync(1);
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);
        await Store.MarkInFlightAsync(Name, 0, "w1", Ct);
        await Store.ApplyStatusAsync(Marker(0), "wamid.S", DeliveryStatus.Sent, Time.GetUtcNow(), null, null, null, Ct);

        await Store.CompleteAsync(Name, 0, "w1", CampaignMessageState.OutcomeUnknown, null, new CampaignMessageError { Kind = "MessageOutcomeUnknownException", Message = "timeout" }, Ct);

        var stored = await ReadAsync(0);
        Assert.Equal(CampaignMessageState.Accepted, stored.State);
        Assert.Equal("wamid.S", stored.MessageId);
        Assert.Equal(DeliveryStatus.Sent, stored.Delivery);
    }

    [Fact]
    public async Task Complete_DefiniteAnswerFromWorkerTakenOver_ReplacesUnknown()
    {
        await CreateWithAsync(1);
        await Store.ClaimAsync(Name, "slow", 1, Abandoned, Ct);
        await Store.MarkInFlightAsync(Name, 0, "slow", Ct);
        Time.Advance(Abandoned + TimeSpan.FromSeconds(1));
        await Store.ClaimAsync(Name, "w2", 1, Abandoned, Ct);
        await Store.CompleteAsync(Name, 0, "w2", CampaignMessageState.OutcomeUnknown, null, new CampaignMessageError { Kind = "WorkerAbandoned", Message = "x" }, Ct);

        await Store.CompleteAsync(Name, 0, "slow", CampaignMessageState.Accepted, "wamid.late", null, Ct);

        var stored = await ReadAsync(0);
        Assert.Equal(CampaignMessageState.Accepted, stored.State);
        Assert.Equal("wamid.late", stored.MessageId);
    }

    [Fact]
    public async Task Complete_NotSentFromWorkerTakenOver_Ignored()
    {
        await CreateWithAsync(1);
        await Store.ClaimAsync(Name, "slow", 1, Abandoned, Ct);
        Time.Advance(Abandoned + TimeSpan.FromSeconds(1));
        await Store.ClaimAsync(Name, "w2", 1, Abandoned, Ct);
        await Store.MarkInFlightAsync(Name, 0, "w2", Ct);

        await Store.CompleteAsync(Name, 0, "slow", CampaignMessageState.NotSent, null, null, Ct);

        Assert.Equal(CampaignMessageState.InFlight, (await ReadAsync(0)).State);
        Assert.Empty(await Store.ClaimAsync(Name, "w3", 1, Abandoned, Ct));
    }

    [Fact]
    public async Task ApplyStatus_UnknownMarker_ReturnsNull() =>
        Assert.Null(await Store.ApplyStatusAsync(MarkerPrefix + "zz", "wamid.X", DeliveryStatus.Sent, Time.GetUtcNow(), null, null, null, Ct));

    [Fact]
    public async Task ApplyStatus_OutcomeUnknown_BecomesAcceptedWithTheWamid()
    {
        await CreateWithAsync(2);
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);
        await Store.MarkInFlightAsync(Name, 0, "w1", Ct);
        await Store.CompleteAsync(Name, 0, "w1", CampaignMessageState.OutcomeUnknown, null, new CampaignMessageError { Kind = "MessageOutcomeUnknownException", Message = "timeout" }, Ct);

        var applied = await Store.ApplyStatusAsync(Marker(0), "wamid.0", DeliveryStatus.Sent, Time.GetUtcNow(), "marketing", "PMP", true, Ct);

        Assert.NotNull(applied);
        Assert.Equal(CampaignMessageState.Accepted, applied.State);
        Assert.Equal("wamid.0", applied.MessageId);
        Assert.Null(applied.Error);
        Assert.Equal(DeliveryStatus.Sent, applied.Delivery);
        Assert.Equal("marketing", applied.PricingCategory);
        Assert.Equal("PMP", applied.PricingModel);
        Assert.True(applied.Billable);
        var stored = await ReadAsync(0);
        Assert.Equal(applied with { Content = default }, stored with { Content = default }); // records compare Content by reference
        Assert.True(applied.Content.Span.SequenceEqual(stored.Content.Span));
        var counts = await Store.GetCountsAsync(Name, Ct);
        Assert.Equal(1, counts.Accepted);
        Assert.Equal(0, counts.OutcomeUnknown);
    }

    [Fact]
    public async Task ApplyStatus_DeliveryMovesOnlyForward_AndFailedIsFinal()
    {
        await CreateWithAsync(2);
        await Store.ClaimAsync(Name, "w1", 2, Abandoned, Ct);
        foreach (var index in new long[] { 0, 1 })
        {
            await Store.MarkInFlightAsync(Name, index, "w1", Ct);
            await Store.CompleteAsync(Name, index, "w1", CampaignMessageState.Accepted, "wamid." + index, null, Ct);
        }

        await Store.ApplyStatusAsync(Marker(0), "wamid.0", DeliveryStatus.Read, Time.GetUtcNow(), null, null, null, Ct);
        await Store.ApplyStatusAsync(Marker(0), "wamid.0", DeliveryStatus.Delivered, Time.GetUtcNow(), null, null, null, Ct);
        await Store.ApplyStatusAsync(Marker(0), "wamid.0", DeliveryStatus.Sent, Time.GetUtcNow(), null, null, null, Ct);
        await Store.ApplyStatusAsync(Marker(1), "wamid.1", DeliveryStatus.Failed, Time.GetUtcNow(), null, null, null, Ct);
        await Store.ApplyStatusAsync(Marker(1), "wamid.1", DeliveryStatus.Delivered, Time.GetUtcNow(), null, null, null, Ct);

        Assert.Equal(DeliveryStatus.Read, (await ReadAsync(0)).Delivery);
        Assert.Equal(DeliveryStatus.Failed, (await ReadAsync(1)).Delivery);
        var counts = await Store.GetCountsAsync(Name, Ct);
        Assert.Equal(1, counts.Delivered);
        Assert.Equal(1, counts.Read);
        Assert.Equal(1, counts.DeliveryFailed);
        Assert.Equal(2, counts.Accepted);
    }

    [Fact]
    public async Task ApplyStatus_SameStatusTwice_Idempotent()
    {
        await CreateWithAsync(1);
        await Store.ApplyStatusAsync(Marker(0), "wamid.0", DeliveryStatus.Delivered, Time.GetUtcNow(), "utility", "PMP", null, Ct);
        var first = await ReadAsync(0);

        await Store.ApplyStatusAsync(Marker(0), "wamid.0", DeliveryStatus.Delivered, Time.GetUtcNow(), "utility", "PMP", null, Ct);

        Assert.Equal(first with { UpdatedAt = null, Content = default }, (await ReadAsync(0)) with { UpdatedAt = null, Content = default });
        var counts = await Store.GetCountsAsync(Name, Ct);
        Assert.Equal(1, counts.Accepted);
        Assert.Equal(1, counts.Delivered);
    }

    [Fact]
    public async Task ApplyStatus_PendingMessage_AcceptedAndNeverClaimed()
    {
        await CreateWithAsync(1);

        await Store.ApplyStatusAsync(Marker(0), "wamid.0", DeliveryStatus.Sent, Time.GetUtcNow(), null, null, null, Ct);

        Assert.Empty(await Store.ClaimAsync(Name, "w1", 10, Abandoned, Ct));
        Assert.Equal(CampaignMessageState.Accepted, (await ReadAsync(0)).State);
    }

    [Fact]
    public async Task ApplyStatus_HeldPendingMessage_CannotBeMarkedInFlight()
    {
        await CreateWithAsync(1);
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);

        await Store.ApplyStatusAsync(Marker(0), "wamid.0", DeliveryStatus.Sent, Time.GetUtcNow(), null, null, null, Ct);

        Assert.False(await Store.MarkInFlightAsync(Name, 0, "w1", Ct));
    }

    [Fact]
    public async Task ListUnresolved_ReturnsUnknownOlderThanTheCutOff()
    {
        await CreateWithAsync(3);
        await Store.ClaimAsync(Name, "w1", 3, Abandoned, Ct);
        var error = new CampaignMessageError { Kind = "MessageOutcomeUnknownException", Message = "timeout" };
        await Store.MarkInFlightAsync(Name, 0, "w1", Ct);
        await Store.CompleteAsync(Name, 0, "w1", CampaignMessageState.OutcomeUnknown, null, error, Ct);
        await Store.MarkInFlightAsync(Name, 1, "w1", Ct);
        await Store.CompleteAsync(Name, 1, "w1", CampaignMessageState.Accepted, "wamid.1", null, Ct);
        Time.Advance(TimeSpan.FromMinutes(5));
        await Store.MarkInFlightAsync(Name, 2, "w1", Ct);
        await Store.CompleteAsync(Name, 2, "w1", CampaignMessageState.OutcomeUnknown, null, error, Ct);

        var unresolved = await Store.ListUnresolvedAsync(Name, Time.GetUtcNow() - TimeSpan.FromMinutes(1), Ct);

        Assert.Equal([0L], unresolved.Select(m => m.Index));
        Assert.Equal([0L, 2], (await Store.ListUnresolvedAsync(Name, Time.GetUtcNow() + TimeSpan.FromSeconds(1), Ct)).Select(m => m.Index));
    }

    [Fact]
    public async Task ResetForResend_OutcomeUnknown_ClaimableAsPending()
    {
        await CreateWithAsync(1);
        await Store.ClaimAsync(Name, "w1", 1, Abandoned, Ct);
        await Store.MarkInFlightAsync(Name, 0, "w1", Ct);
        await Store.CompleteAsync(Name, 0, "w1", CampaignMessageState.OutcomeUnknown, null, new CampaignMessageError { Kind = "MessageOutcomeUnknownException", Message = "timeout" }, Ct);

        Assert.True(await Store.ResetForResendAsync(Name, 0, Ct));

        var again = Assert.Single(await Store.ClaimAsync(Name, "w2", 10, Abandoned, Ct));
        Assert.Equal(CampaignMessageState.Pending, again.State);
        Assert.True(await Store.MarkInFlightAsync(Name, 0, "w2", Ct));
        Assert.Equal(2, (await ReadAsync(0)).Attempts);
    }

    [Fact]
    public async Task ResetForResend_AlreadyResolved_ReturnsFalse()
    {
        await CreateWithAsync(1);
        await Store.ApplyStatusAsync(Marker(0), "wamid.0", DeliveryStatus.Sent, Time.GetUtcNow(), null, null, null, Ct);

        Assert.False(await Store.ResetForResendAsync(Name, 0, Ct));
        Assert.Equal(CampaignMessageState.Accepted, (await ReadAsync(0)).State);
    }

    [Fact]
    public async Task GetCounts_UnknownCampaign_AllZero() => Assert.Equal(0, (await Store.GetCountsAsync(Name, Ct)).Total);

    [Fact]
    public async Task ReadMessages_FromIndex_InIndexOrder()
    {
        Assert.True(await Store.CreateAsync(Info(), Ct));
        await Store.AddMessagesAsync(Name, Enumerable.Range(300, 300).Select(i => Message(i)).ToArray(), Ct);
        await Store.AddMessagesAsync(Name, Enumerable.Range(0, 300).Select(i => Message(i)).ToArray(), Ct);

        var read = new List<long>();
        await foreach (var message in Store.ReadMessagesAsync(Name, 250, Ct))
        {
            read.Add(message.Index);
        }

        Assert.Equal(Enumerable.Range(250, 350).Select(i => (long)i), read);
    }

    [Fact]
    public async Task Claim_ConcurrentWorkers_EachMessageHeldOnce()
    {
        await CreateWithAsync(200);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (await Store.ClaimAsync(Name, "w" + w, 7, Abandoned, Ct) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(m => m.Index));
            }

            return mine;
        }, Ct)));

        var all = claims.SelectMany(c => c).ToArray();
        Assert.Equal(200, all.Length);
        Assert.Equal(200, all.Distinct().Count());
    }

    private static class WhatsAppRecipientOf
    {
        public static WhatsAppRecipient Group { get; } = WhatsAppRecipient.Group("Y2FtcGFpZ24tZ3JvdXA");
    }
}
