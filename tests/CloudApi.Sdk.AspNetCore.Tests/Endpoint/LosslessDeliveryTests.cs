using System.Collections.Concurrent;
using System.Net;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Tests.Endpoint;

/// <summary>A 2xx only once the events are safe: Meta redelivers everything else, and a redelivery re-runs only what failed.</summary>
public class LosslessDeliveryTests
{
    [Fact]
    public async Task Post_HandlerFailsOnceThenSucceeds_SeesTheEventTwiceCompletesOnceAndOthersAreNotRerun()
    {
        var attempts = new ConcurrentDictionary<string, int>();
        var completed = new ConcurrentQueue<string>();
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.OnMessage<TextMessageReceived>((message, _, _) =>
        {
            if (attempts.AddOrUpdate(message.Id, 1, static (_, n) => n + 1) == 1 && message.Id == "wamid.B")
            {
                throw new InvalidOperationException("database briefly down");
            }

            completed.Enqueue(message.Id);
            return Task.CompletedTask;
        }));
        var json = Payloads.TwoTexts("wamid.A", "wamid.B");

        var first = await host.PostSignedAsync(json);
        var redelivery = await host.PostSignedAsync(json);
        var lateDuplicate = await host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lateDuplicate.StatusCode);
        Assert.Equal(1, attempts["wamid.A"]);
        Assert.Equal(2, attempts["wamid.B"]);
        Assert.Equal(["wamid.A", "wamid.B"], completed);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("1 of 2 webhook events failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_OneOfTwoHandlersFails_EventIsNotRecordedAndBothRunAgainOnRedelivery()
    {
        var failures = 1;
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.OnMessage<TextMessageReceived>((_, _, _) =>
            Interlocked.Decrement(ref failures) >= 0 ? throw new InvalidOperationException("once") : Task.CompletedTask));
        var json = Payloads.Text("wamid.H", "hi");

        var first = await host.PostSignedAsync(json);
        var redelivery = await host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivery.StatusCode);
        Assert.Equal(2, host.Recorder.Events.Count); // The handler that succeeded runs again: the event is the unit recorded.
    }

    [Fact]
    public async Task Post_EventsWithoutIdAndHandlerFails_Answers500()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.On<TemplateStatusUpdate>((_, _, _) => throw new InvalidOperationException("x")));

        var response = await host.PostSignedAsync(Payloads.Kitchen);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task Post_CustomInbox_GetsTheRawBytesAndParsedEventsAndHandlersDoNotRunInline()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.UseInbox<RecordingInbox>());
        var json = Payloads.Text("wamid.IN", "Olá");

        var response = await host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inbox = (RecordingInbox)host.App.Services.GetRequiredService<IWebhookInbox>();
        var (body, notification) = Assert.Single(inbox.Items);
        Assert.Equal(Payloads.Bytes(json), body);
        Assert.Equal("wamid.IN", Assert.IsType<TextMessageReceived>(Assert.Single(notification.Events)).Id);
        Assert.Empty(host.Recorder.Events);
    }

    [Fact]
    public async Task Post_InboxThrows_Answers503WithRetryAfterAndLogsTheFailure()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.UseInbox<UnreachableInbox>());

        var response = await host.PostSignedAsync(Payloads.Text("wamid.U", "x"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var error = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.IsType<TimeoutException>(error.Exception);
    }

    [Fact]
    public async Task Post_InboxRefuses_Answers503()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.UseInbox<FullInbox>());

        var response = await host.PostSignedAsync(Payloads.Text("wamid.F", "x"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task DispatchAsync_MixedOutcome_CountsHandledDuplicatesAndFailed()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.OnMessage<TextMessageReceived>((m, _, _) =>
            m.Id == "wamid.2" ? throw new InvalidOperationException("x") : Task.CompletedTask));
        var dispatcher = host.App.Services.GetRequiredService<IWebhookDispatcher>();
        var notification = WhatsAppWebhookParser.Parse(Payloads.Bytes(Payloads.TwoTexts("wamid.1", "wamid.2")));

        var first = await dispatcher.DispatchAsync(notification, default, TestContext.Current.CancellationToken);
        var second = await dispatcher.DispatchAsync(notification, default, TestContext.Current.CancellationToken);

        Assert.Equal(new WebhookDispatchResult(1, 0, 1), first);
        Assert.Equal(new WebhookDispatchResult(0, 1, 1), second);
        Assert.False(second.Succeeded);
    }

    internal sealed class RecordingInbox : IWebhookInbox
    {
        public ConcurrentQueue<(byte[] Body, WebhookNotification Notification)> Items { get; } = new();

        public ValueTask<bool> TryAddAsync(ReadOnlyMemory<byte> body, WebhookNotification notification, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
        {
            Items.Enqueue((body.ToArray(), notification));
            return ValueTask.FromResult(true);
        }
    }

    internal sealed class UnreachableInbox : IWebhookInbox
    {
        public ValueTask<bool> TryAddAsync(ReadOnlyMemory<byte> body, WebhookNotification notification, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
            throw new TimeoutException("store unreachable");
    }

    internal sealed class FullInbox : IWebhookInbox
    {
        public ValueTask<bool> TryAddAsync(ReadOnlyMemory<byte> body, WebhookNotification notification, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(false);
    }
}
