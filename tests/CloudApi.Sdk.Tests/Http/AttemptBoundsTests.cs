using System.Net;
using System.Net.Sockets;
using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Tests.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;

namespace CloudApi.Sdk.Tests.Http;

/// <summary>
/// Every attempt is bounded (the body of the answer included), cancellation says whether a send may have left, and a
/// call that never reached Meta says so with a type of its own.
/// </summary>
public sealed class AttemptBoundsTests
{
    private const string Recipient = "+16505551234";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_HeadersThenStalledBody_ThrowsOutcomeUnknownWhenTheTimeoutPasses()
    {
        var time = new FakeTimeProvider();
        await using var server = MisbehavingServer.StallBody();
        var headers = new HeadersSignal();
        await using var provider = ClientFor(server.BaseAddress, time, maxRetries: 0, headers);

        var send = provider.GetRequiredService<IWhatsAppClient>().Messages.SendTextAsync(Recipient, "hi", cancellationToken: Ct);
        await headers.Arrived.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        time.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<MessageOutcomeUnknownException>(() => send.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Contains("timeout", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, server.RequestsReceived);
    }

    [Fact]
    public async Task Get_HeadersThenStalledBody_RetriedAsATimeoutThenThrowsTimeout()
    {
        var time = new FakeTimeProvider();
        await using var server = MisbehavingServer.StallBody();
        var headers = new HeadersSignal();
        await using var provider = ClientFor(server.BaseAddress, time, maxRetries: 1, headers);

        var get = provider.GetRequiredService<IWhatsAppClient>().Graph.GetAsync("106540352242922", cancellationToken: Ct);
        await headers.Arrived.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        time.Advance(TimeSpan.FromSeconds(5));
        for (var i = 0; i < 300 && server.RequestsReceived < 2; i++)
        {
            // Let the cancelled read and the retry's scheduling progress before moving the clock again.
            await Task.Delay(10, Ct);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        await headers.SecondArrived.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        time.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => get.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Equal(2, server.RequestsReceived);
    }

    [Fact]
    public async Task Send_CancelledWhileWaitingForItsSlot_ThrowsPlainOperationCanceled()
    {
        using var graph = new LimitedGraph(o => o.MessagesPerSecond = 1).AcceptMessages();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await graph.Messages.SendTextAsync("+16505550001", "first", cancellationToken: Ct);

        var waiting = graph.Messages.SendTextAsync("+16505550002", "second", cancellationToken: cancel.Token);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        await cancel.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.IsNotType<MessageOutcomeUnknownException>(error);
        Assert.Single(graph.Arrivals);
    }

    [Fact]
    public async Task Send_ConnectionRefused_ThrowsRequestNotSentAfterTheRetries()
    {
        var time = new FakeTimeProvider();
        await using var provider = ClientFor(new Uri($"http://127.0.0.1:{ClosedPort()}/"), time, maxRetries: 2);

        var send = provider.GetRequiredService<IWhatsAppClient>().Messages.SendTextAsync(Recipient, "hi", cancellationToken: Ct);
        var error = await Assert.ThrowsAsync<RequestNotSentException>(() => time.RunAsync(send, TimeSpan.FromMilliseconds(500)));

        Assert.Equal(HttpRequestError.ConnectionError, error.Error);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Contains("safe to retry", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<WhatsAppException>(error);
    }

    [Fact]
    public async Task Get_ConnectionRefused_ThrowsRequestNotSent()
    {
        await using var provider = ClientFor(new Uri($"http://127.0.0.1:{ClosedPort()}/"), new FakeTimeProvider(), maxRetries: 0);

        var error = await Assert.ThrowsAsync<RequestNotSentException>(() => provider.GetRequiredService<IWhatsAppClient>().Graph.GetAsync("1", cancellationToken: Ct));

        Assert.Equal(HttpRequestError.ConnectionError, error.Error);
    }

    [Theory]
    [InlineData("token\n", "AccessToken")]
    [InlineData("to ken", "AccessToken")]
    [InlineData("token\u0007", "AccessToken")]
    public void Validate_TokenWithWhitespaceOrControlCharacter_RefusedAtStartUpWithoutQuotingIt(string token, string field)
    {
        var failures = WhatsAppOptionsValidator.Failures(null, new WhatsAppOptions { AccessToken = token, PhoneNumberId = "106540352242922" });

        var failure = Assert.Single(failures);
        Assert.Equal(field, failure.Field);
        Assert.Contains("whitespace or a control character", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Trim(), failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("106540352242922\n")]
    [InlineData(" 106540352242922")]
    public void Validate_PhoneNumberIdWithWhitespace_RefusedAtStartUp(string id)
    {
        var failures = WhatsAppOptionsValidator.Failures(null, new WhatsAppOptions { AccessToken = "token", PhoneNumberId = id });

        var failure = Assert.Single(failures);
        Assert.Equal("PhoneNumberId", failure.Field);
        Assert.Contains("whitespace or a control character", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AppSecretWithTrailingNewline_RefusedAtStartUp()
    {
        var failures = WhatsAppOptionsValidator.Failures(null, new WhatsAppOptions { AccessToken = "token", AppSecret = "secret\r\n" });

        Assert.Equal("AppSecret", Assert.Single(failures).Field);
    }

    private static ServiceProvider ClientFor(Uri baseAddress, TimeProvider time, int maxRetries, HeadersSignal? headers = null)
    {
        var services = new ServiceCollection().AddSingleton(time);
        var builder = services.AddWhatsAppCloudApi(options =>
        {
            options.AccessToken = GraphServer.Token;
            options.PhoneNumberId = GraphServer.PhoneNumberId;
            options.BaseAddress = baseAddress;
            options.MaxRetries = maxRetries;
            options.Timeout = TimeSpan.FromSeconds(5);
        }).ConfigureRateLimiting(limits => limits.Enabled = false);
        if (headers is not null)
        {
            builder.HttpClient.AddHttpMessageHandler(() => headers);
        }

        return services.BuildServiceProvider();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Inside the retry/timeout handler: signals when an attempt's response headers came in (its body may still stall).</summary>
    private sealed class HeadersSignal : DelegatingHandler
    {
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _second = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;

        public Task Arrived => _first.Task;

        public Task SecondArrived => _second.Task;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            (Interlocked.Increment(ref _count) == 1 ? _first : _second).TrySetResult();
            return response;
        }
    }
}
