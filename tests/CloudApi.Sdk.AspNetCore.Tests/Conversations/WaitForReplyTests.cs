using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.AspNetCore.Tests.Conversations;

/// <summary><see cref="IWhatsAppConversations"/> from DI, on a fake clock, fed parsed notifications.</summary>
public sealed class WaitForReplyTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly ServiceProvider _services;

    public WaitForReplyTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddWhatsAppWebhooks();
        _services = services.BuildServiceProvider();
    }

    private IWhatsAppConversations Conversations => _services.GetRequiredService<IWhatsAppConversations>();

    [Fact]
    public async Task WaitForReplyAsync_NoAnswerWithinTimeout_ThrowsReplyTimeoutException()
    {
        var wait = Conversations.WaitForReplyAsync("+1 650-555-1234", MessageFilter.Text(), TimeSpan.FromMinutes(5), cancellationToken: TestContext.Current.CancellationToken);

        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.False(wait.IsCompleted);
        _time.Advance(TimeSpan.FromTicks(1));

        var timeout = await Assert.ThrowsAsync<ReplyTimeoutException>(() => wait);
        Assert.Equal(("16505551234", TimeSpan.FromMinutes(5)), (timeout.User, timeout.Timeout));
        Assert.False(Conversations.TryDeliver(Text("wamid.late", "16505551234", "too late")));
    }

    [Fact]
    public async Task WaitForReplyAsync_Cancelled_ThrowsOperationCanceledAndForgetsTheWait()
    {
        using var cancel = new CancellationTokenSource();
        var wait = Conversations.WaitForReplyAsync("16505551234", MessageFilter.Text(), TimeSpan.FromMinutes(5), cancellationToken: cancel.Token);

        await cancel.CancelAsync();

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(cancel.Token, cancelled.CancellationToken);
        Assert.False(Conversations.TryDeliver(Text("wamid.after", "16505551234", "hi")));
    }

    [Fact]
    public async Task TryDeliver_MatchingSenderNumberAndFilter_OldestWaitTakesItOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var buttons = Conversations.WaitForReplyAsync("16505551234", MessageFilter.ButtonReply("yes"), TimeSpan.FromMinutes(1), cancellationToken: ct);
        var first = Conversations.WaitForReplyAsync("16505551234", MessageFilter.TextEquals("yes"), TimeSpan.FromMinutes(1), cancellationToken: ct);
        var second = Conversations.WaitForReplyAsync("16505551234", MessageFilter.Text(), TimeSpan.FromMinutes(1),
            new WaitForReplyOptions { PhoneNumberId = "106540352242922" }, ct);

        Assert.False(Conversations.TryDeliver(Text("wamid.other-user", "19995550000", "yes")));
        Assert.True(Conversations.TryDeliver(Text("wamid.1", "16505551234", "  YES ")));
        Assert.True(Conversations.TryDeliver(Text("wamid.2", "16505551234", "yes")));
        Assert.False(Conversations.TryDeliver(Text("wamid.3", "16505551234", "yes")));

        Assert.Equal("wamid.1", (await first).Id);
        Assert.Equal("wamid.2", (await second).Id);
        Assert.False(buttons.IsCompleted);
    }

    [Fact]
    public async Task WaitForReplyAsync_OtherBusinessNumber_DoesNotAnswer()
    {
        var wait = Conversations.WaitForReplyAsync("16505551234", MessageFilter.Any, TimeSpan.FromMinutes(1),
            new WaitForReplyOptions { PhoneNumberId = "another-number" }, TestContext.Current.CancellationToken);

        Assert.False(Conversations.TryDeliver(Text("wamid.1", "16505551234", "hi")));
        Assert.False(wait.IsCompleted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task WaitForReplyAsync_NoUser_ThrowsValidationNamingIt(string user)
    {
        var e = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            Conversations.WaitForReplyAsync(user, MessageFilter.Any, TimeSpan.FromMinutes(1), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("user", e.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(7 * 24 * 60 + 1)]
    public async Task WaitForReplyAsync_TimeoutOutOfRange_ThrowsValidationNamingIt(int minutes)
    {
        var e = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            Conversations.WaitForReplyAsync("16505551234", MessageFilter.Any, TimeSpan.FromMinutes(minutes), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("timeout", e.Field);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    internal static TextMessageReceived Text(string id, string from, string body) =>
        (TextMessageReceived)WhatsAppWebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes($$$"""
            {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp",
              "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
              "contacts":[{"profile":{"name":"Sheena"},"wa_id":"{{{from}}}"}],
              "messages":[{"from":"{{{from}}}","id":"{{{id}}}","timestamp":"1749416383","type":"text","text":{"body":"{{{body}}}"}}]},"field":"messages"}]}]}
            """)).Events[0];
}
