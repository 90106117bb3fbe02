using System.Collections.Concurrent;
using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>A WireMock Graph API and a client whose limiter runs on a <see cref="SignallingTimeProvider"/>; records when (in fake time) each request arrived.</summary>
public sealed class LimitedGraph : IDisposable
{
    public const string PhoneNumberId = GraphServer.PhoneNumberId;
    private const string MessagesPath = $"/v26.0/{PhoneNumberId}/messages";

    private readonly ServiceProvider _services;
    private readonly ConcurrentQueue<TimeSpan> _arrivals = new();
    private readonly ConcurrentQueue<TimeSpan> _serverArrivals = new();

    public LimitedGraph(Action<WhatsAppRateLimitOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        Server = WireMockServer.Start();
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddMetrics();
        collection.AddSingleton(Store);
        collection.AddSingleton<IWhatsAppRateLimitStore>(Store);
        services?.Invoke(collection);
        var builder = collection.AddWhatsAppCloudApi(options =>
        {
            options.AccessToken = GraphServer.Token;
            options.PhoneNumberId = PhoneNumberId;
            options.BaseAddress = new Uri(Server.Url!);
            options.MaxRetries = 0;
            options.Timeout = TimeSpan.FromMinutes(10);
        });
        // Exact timings in these tests: no safety margin on pair waits and no throughput headroom unless a test sets them.
        builder.ConfigureRateLimiting(o =>
        {
            o.PairSafetyMargin = TimeSpan.Zero;
            o.ThroughputHeadroom = 0;
        });
        if (configure is not null)
        {
            builder.ConfigureRateLimiting(configure);
        }

        builder.HttpClient.AddHttpMessageHandler(() => new RecordingHandler(this));
        _services = collection.BuildServiceProvider();
        Client = _services.GetRequiredService<IWhatsAppClient>();
    }

    public SignallingTimeProvider Time { get; } = new();

    public InMemoryRateLimitStore Store => _store ??= new InMemoryRateLimitStore(Time);

    public WireMockServer Server { get; }

    public IWhatsAppClient Client { get; }

    public IMessagesClient Messages => Client.Messages;

    public IServiceProvider Services => _services;

    /// <summary>When each request reached the wire, as fake time since the start.</summary>
    public IReadOnlyList<TimeSpan> Arrivals => _arrivals.ToArray();

    /// <summary>When each request reached the server, as fake time since the start (see <see cref="AcceptMessagesAtTheServer"/>).</summary>
    public IReadOnlyList<TimeSpan> ServerArrivals => _serverArrivals.ToArray();

    /// <summary>
    /// Runs in a handler of the user's, after the limiter and before the connection, for each request: a stall there (a
    /// thread-pool or JIT stall, a connection being opened) delays a send the limiter already let go.
    /// </summary>
    public Func<CancellationToken, Task>? OnTheWay { get; set; }

    private InMemoryRateLimitStore? _store;
    private int _inFlight;

    public LimitedGraph AcceptMessages()
    {
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(GraphServer.SendAnswer));
        return this;
    }

    /// <summary>Accepts sends, recording in <see cref="ServerArrivals"/> the fake time each one reached the server at.</summary>
    public LimitedGraph AcceptMessagesAtTheServer()
    {
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                _serverArrivals.Enqueue(Time.Elapsed);
                return new WireMock.ResponseMessage
                {
                    StatusCode = 200,
                    Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                    BodyData = new WireMock.Util.BodyData { BodyAsString = GraphServer.SendAnswer, DetectedBodyType = WireMock.Types.BodyType.String },
                };
            }));
        return this;
    }

    public LimitedGraph AcceptReceipts()
    {
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost().WithBody(new WireMock.Matchers.WildcardMatcher("*\"status\":\"read\"*")))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"success":true}"""));
        return this;
    }

    /// <summary>Answers the first <paramref name="times"/> sends with Graph error <paramref name="code"/>, then accepts.</summary>
    public LimitedGraph FailThenAccept(int code, int times)
    {
        var calls = 0;
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                var failing = Interlocked.Increment(ref calls) <= times;
                return new WireMock.ResponseMessage
                {
                    StatusCode = failing ? 400 : 200,
                    Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                    BodyData = new WireMock.Util.BodyData
                    {
                        BodyAsString = failing ? Error(code) : GraphServer.SendAnswer,
                        DetectedBodyType = WireMock.Types.BodyType.String,
                    },
                };
            }));
        return this;
    }

    public LimitedGraph AlwaysFail(int code)
    {
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody(Error(code)));
        return this;
    }

    public static string Error(int code) =>
        $$$"""{"error":{"message":"(#{{{code}}}) Rate limit hit","type":"OAuthException","code":{{{code}}},"error_data":{"messaging_product":"whatsapp","details":"throttled"},"fbtrace_id":"AbCdEf"}}""";

    /// <summary>Waits until <paramref name="count"/> requests reached the server (real I/O completes; fake time does not move).</summary>
    public async Task WaitForArrivalsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (_arrivals.Count < count)
        {
            await Task.Delay(1, timeout.Token);
        }
    }

    /// <summary>
    /// Gives the requests between the limiter and their answers a moment of real time to finish (their I/O), so that
    /// the next move of the fake clock is a late timer only, not also a request stalled on its way to the connection
    /// (which its body's last check would see). Bounded: a request that waits for the fake clock itself (a send that
    /// departs again) lets the clock move on.
    /// </summary>
    public async Task SettleAsync()
    {
        for (var i = 0; i < 50 && Volatile.Read(ref _inFlight) > 0; i++)
        {
            await Task.Delay(1);
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }

    private sealed class RecordingHandler(LimitedGraph graph) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            graph._arrivals.Enqueue(graph.Time.Elapsed);
            if (graph.OnTheWay is { } onTheWay)
            {
                await onTheWay(cancellationToken);
            }

            // A stall the test made on purpose is not I/O to wait for.
            Interlocked.Increment(ref graph._inFlight);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref graph._inFlight);
            }
        }
    }
}
