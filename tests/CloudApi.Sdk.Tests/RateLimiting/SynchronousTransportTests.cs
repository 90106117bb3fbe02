using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// The limiter over a transport that answers synchronously, as an in-process handler does (a user's test double, the
/// in-memory send benchmark). Over such a transport the limiter hands the transport's own task back instead of awaiting
/// it, so this is the one place that path runs: loopback HTTP always completes later. It must still count the send,
/// and still see and retry a throttling refusal.
/// </summary>
public sealed class SynchronousTransportTests : IDisposable
{
    private const string Alice = "+16505551234";
    private readonly SignallingTimeProvider _time = new();
    private readonly SynchronousGraph _graph = new();
    private readonly ServiceProvider _services;

    public SynchronousTransportTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddMetrics();
        services.AddWhatsAppCloudApi(options =>
            {
                options.AccessToken = GraphServer.Token;
                options.PhoneNumberId = GraphServer.PhoneNumberId;
                options.BaseAddress = new Uri("https://graph.example.test/");
                options.MaxRetries = 0;
            })
            .ConfigureRateLimiting(limits => limits.PairSafetyMargin = TimeSpan.Zero)
            .HttpClient.ConfigurePrimaryHttpMessageHandler(() => _graph);
        _services = services.BuildServiceProvider();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IWhatsAppClient Client => _services.GetRequiredService<IWhatsAppClient>();

    [Fact]
    public async Task SendAsync_AnsweredAtOnce_ReturnsTheAnswerAndCountsTheSend()
    {
        using var sends = new MetricCollector<long>(_services.GetRequiredService<IMeterFactory>(), "CloudApi.Sdk", "cloudapi.sdk.ratelimit.sends");

        var result = await Client.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);

        Assert.StartsWith("wamid.", result.MessageId, StringComparison.Ordinal);
        Assert.Equal(1, _graph.Calls);
        Assert.Equal(1, sends.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public async Task SendAsync_131056AnsweredAtOnce_RetriesAfterTheBackoffThenReturnsTheAcceptance()
    {
        _graph.Refusals = 1;

        var send = Client.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(1, _graph.Calls);
        _time.Advance(TimeSpan.FromSeconds(1));
        var result = await send;

        Assert.StartsWith("wamid.", result.MessageId, StringComparison.Ordinal);
        Assert.Equal(2, _graph.Calls);
    }

    public void Dispose() => _services.Dispose();

    /// <summary>Answers each send before returning: the first <see cref="Refusals"/> with a 131056, then an acceptance.</summary>
    private sealed class SynchronousGraph : HttpMessageHandler
    {
        private int _calls;

        public int Refusals { get; set; }

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var refused = Interlocked.Increment(ref _calls) <= Refusals;
            var body = refused ? LimitedGraph.Error(WhatsAppErrorCodes.PairRateLimit) : GraphServer.SendAnswer;
            return Task.FromResult(new HttpResponseMessage(refused ? HttpStatusCode.BadRequest : HttpStatusCode.OK)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            });
        }
    }
}
