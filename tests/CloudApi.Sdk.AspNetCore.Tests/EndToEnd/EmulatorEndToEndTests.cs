using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>
/// The SDK sends through the emulator; the emulator posts signed status webhooks (each delivered twice, as Meta may)
/// to a receiver hosted on Kestrel; the handler sees sent, delivered and read once each.
/// </summary>
public class EmulatorEndToEndTests
{
    private const string EmulatorSecret = "e2e-app-secret";

    [Fact]
    public async Task SendThroughEmulator_ReceiverSeesSentDeliveredReadOnceEach()
    {
        var posts = new PostCounter();
        await using var receiver = await WebhookHost.StartAsync(appSecret: EmulatorSecret, configureApp: app => app.Use(posts.CountAsync));
        var emulatorOptions = new EmulatorOptions
        {
            AppSecret = EmulatorSecret,
            WebhookCallbackUri = new Uri(receiver.Client.BaseAddress!, "/webhook"),
        };
        emulatorOptions.Webhooks.DuplicateDeliveryRate = 1.0; // every webhook delivered twice
        await using var emulator = await WhatsAppEmulator.StartAsync(emulatorOptions, TestContext.Current.CancellationToken);
        var phoneNumberId = emulator.Options.PhoneNumbers[0].Id;

        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = emulator.Options.AccessTokens[0];
            o.PhoneNumberId = phoneNumberId;
            o.BaseAddress = emulator.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWhatsAppClient>();

        var sent = await client.Messages.SendTextAsync("+15550001111", "hello", cancellationToken: TestContext.Current.CancellationToken);
        await posts.WaitForAsync(6);

        var statuses = receiver.Recorder.Events.OfType<MessageStatusUpdate>().Where(s => s.MessageId == sent.MessageId).ToList();
        Assert.Equal([DeliveryStatus.Sent, DeliveryStatus.Delivered, DeliveryStatus.Read], statuses.Select(s => s.Status));
        Assert.All(statuses, s => Assert.Equal(phoneNumberId, s.PhoneNumberId));
        Assert.Equal(Enumerable.Repeat(StatusCodes.Status200OK, 6), posts.StatusCodes); // duplicates are acknowledged, not handled
        Assert.Equal(0, emulator.Stats.WebhooksFailed);
    }

    [Fact]
    public async Task SimulatedInboundMessage_ReachesHandlerAsTypedText()
    {
        var posts = new PostCounter();
        await using var receiver = await WebhookHost.StartAsync(appSecret: EmulatorSecret, configureApp: app => app.Use(posts.CountAsync));
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions
        {
            AppSecret = EmulatorSecret,
            WebhookCallbackUri = new Uri(receiver.Client.BaseAddress!, "/webhook"),
        }, TestContext.Current.CancellationToken);

        var id = await emulator.SimulateInboundMessageAsync("+16505551234", "Olá from the user 👋", cancellationToken: TestContext.Current.CancellationToken);
        await posts.WaitForAsync(1);

        var text = Assert.IsType<TextMessageReceived>(Assert.Single(receiver.Recorder.Events));
        Assert.Equal(id, text.Id);
        Assert.Equal("Olá from the user 👋", text.Body);
        Assert.Equal("16505551234", text.From);
        Assert.Equal(emulator.Options.PhoneNumbers[0].Id, text.PhoneNumberId);
    }

    [Fact]
    public async Task EmulatorSigningWithAnotherSecret_IsRefused()
    {
        var posts = new PostCounter();
        await using var receiver = await WebhookHost.StartAsync(appSecret: EmulatorSecret, configureApp: app => app.Use(posts.CountAsync));
        var options = new EmulatorOptions { AppSecret = "not-our-secret", WebhookCallbackUri = new Uri(receiver.Client.BaseAddress!, "/webhook") };
        options.Webhooks.MaxAttempts = 1;
        await using var emulator = await WhatsAppEmulator.StartAsync(options, TestContext.Current.CancellationToken);

        await emulator.SimulateInboundMessageAsync("+16505551234", "forged?", cancellationToken: TestContext.Current.CancellationToken);
        await posts.WaitForAsync(1);

        Assert.Empty(receiver.Recorder.Events);
        Assert.Equal([StatusCodes.Status401Unauthorized], posts.StatusCodes);
    }

    /// <summary>Counts completed POSTs to the receiver, so tests wait for deliveries without sleeping.</summary>
    private sealed class PostCounter
    {
        private readonly object _gate = new();
        private readonly List<int> _statusCodes = [];
        private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

        public IReadOnlyList<int> StatusCodes
        {
            get
            {
                lock (_gate)
                {
                    return [.. _statusCodes];
                }
            }
        }

        public async Task CountAsync(HttpContext context, RequestDelegate next)
        {
            await next(context);
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                return;
            }

            lock (_gate)
            {
                _statusCodes.Add(context.Response.StatusCode);
                foreach (var waiter in _waiters.Where(w => _statusCodes.Count >= w.Count).ToList())
                {
                    waiter.Signal.TrySetResult();
                    _waiters.Remove(waiter);
                }
            }
        }

        public Task WaitForAsync(int count)
        {
            lock (_gate)
            {
                if (_statusCodes.Count >= count)
                {
                    return Task.CompletedTask;
                }

                var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, signal));
                return signal.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            }
        }
    }
}
