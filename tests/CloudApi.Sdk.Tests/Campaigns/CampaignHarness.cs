using CloudApi.Sdk.RateLimiting;
using System.Threading.Channels;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CloudApi.Sdk.Tests.Campaigns;

/// <summary>
/// The emulator on loopback (real clock, 1,000 messages per second), an SDK client wired to it through the real DI
/// registration, campaigns on an in-memory store and a <see cref="FakeTimeProvider"/> (heartbeats, polls, the
/// unknown-outcome timeout), and a webhook endpoint that parses what the emulator posts and feeds the statuses to the
/// campaigns, as the ASP.NET Core handler does.
/// </summary>
internal sealed class CampaignHarness : IAsyncDisposable
{
    public const string PhoneNumberId = "100000000000001";

    private readonly ServiceProvider _services;
    private readonly WireMockServer _hooks;
    private readonly Channel<MessageStatusUpdate> _statuses = Channel.CreateUnbounded<MessageStatusUpdate>();
    private readonly Channel<CampaignMessage?> _applied = Channel.CreateUnbounded<CampaignMessage?>();
    private readonly Task _pump;

    private CampaignHarness(WhatsAppEmulator emulator, WireMockServer hooks, Action<WhatsAppRateLimitOptions>? limits)
    {
        Emulator = emulator;
        _hooks = hooks;
        Store = new InMemoryCampaignStore(Time);
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(options =>
        {
            options.AccessToken = emulator.Options.AccessTokens[0];
            options.PhoneNumberId = PhoneNumberId;
            options.BaseAddress = emulator.BaseAddress;
            options.Timeout = TimeSpan.FromSeconds(1);
        }).ConfigureRateLimiting(o =>
        {
            o.NumberMessagesPerSecond[PhoneNumberId] = 1_000;
            limits?.Invoke(o);
        });
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<IWhatsAppClient>();
        Campaigns = new WhatsAppCampaigns(Client, Store, new WhatsAppCampaignsOptions { TimeProvider = Time });
        _hooks.Given(Request.Create().WithPath("/webhook").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            foreach (var status in WhatsAppWebhookParser.Parse(request.BodyAsBytes!).Events.OfType<MessageStatusUpdate>())
            {
                _statuses.Writer.TryWrite(status);
            }

            return new WireMock.ResponseMessage { StatusCode = 200 };
        }));
        _pump = PumpAsync();
    }

    public WhatsAppEmulator Emulator { get; }

    public IWhatsAppClient Client { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    public InMemoryCampaignStore Store { get; }

    public WhatsAppCampaigns Campaigns { get; }

    /// <summary>Every status the endpoint received, as the user's handlers would see it.</summary>
    public List<MessageStatusUpdate> Received { get; } = [];

    /// <summary>Starts the emulator (its webhooks posted to this harness) and the client (its limiter set up by <paramref name="limits"/>, if given).</summary>
    public static async Task<CampaignHarness> StartAsync(Action<EmulatorOptions>? configure = null, Action<WhatsAppRateLimitOptions>? limits = null)
    {
        var hooks = WireMockServer.Start();
        var options = new EmulatorOptions { WebhookCallbackUri = new Uri(hooks.Url + "/webhook") };
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = PhoneNumberId, MessagesPerSecond = 1_000 });
        configure?.Invoke(options);
        return new CampaignHarness(await WhatsAppEmulator.StartAsync(options, TestContext.Current.CancellationToken), hooks, limits);
    }

    /// <summary>Waits (on the webhooks, and every 100 ms, at most 30 s) until <paramref name="done"/> holds.</summary>
    public async Task UntilAsync(Func<Task<bool>> done)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!await done())
        {
            // A status applied, or a send finished (which no status announces): looked at again every 100 ms too.
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
            tick.CancelAfter(TimeSpan.FromMilliseconds(100));
            try
            {
                if (await _applied.Reader.WaitToReadAsync(tick.Token))
                {
                    _applied.Reader.TryRead(out _);
                }
            }
            catch (OperationCanceledException) when (!timeout.IsCancellationRequested)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _statuses.Writer.TryComplete();
        await _pump;
        _hooks.Dispose();
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private async Task PumpAsync()
    {
        await foreach (var status in _statuses.Reader.ReadAllAsync())
        {
            lock (Received)
            {
                Received.Add(status);
            }

            _applied.Writer.TryWrite(await Campaigns.ApplyStatusAsync(status));
        }
    }
}
