using CloudApi.Sdk.RateLimiting;
using System.Net;
using System.Net.Sockets;
using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CloudApi.Sdk.Tests.Http;

/// <summary>
/// What is retried and what is not: idempotent calls retry transient failures; a message send is retried only when it
/// provably never left, and any send whose outcome is unknown surfaces as <see cref="MessageOutcomeUnknownException"/>.
/// </summary>
public sealed class ResiliencePolicyTests
{
    private const string Recipient = "+16505551234";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Action<WhatsAppOptions> ThreeRetries = options => options.MaxRetries = 3;

    [Fact]
    public async Task Send_ServerError500_NotRetried_ThrowsOutcomeUnknownWithGraphError()
    {
        using var graph = new GraphServer(ThreeRetries);
        graph.Answer(500, """{"error":{"message":"(#131000) Something went wrong","type":"OAuthException","code":131000,"fbtrace_id":"T5"}}""");

        var error = await Assert.ThrowsAsync<MessageOutcomeUnknownException>(() =>
            graph.Messages.SendTextAsync(Recipient, "hi", new() { BizOpaqueCallbackData = "order-7" }, Ct));

        Assert.Single(graph.Requests);
        Assert.Equal(GraphServer.PhoneNumberId, error.PhoneNumberId);
        Assert.Equal(Recipient, error.Recipient);
        Assert.Equal("text", error.MessageType);
        Assert.Equal("order-7", error.BizOpaqueCallbackData);
        Assert.Contains("may have been sent", error.Message, StringComparison.Ordinal);
        var api = Assert.IsType<WhatsAppApiException>(error.InnerException);
        Assert.Equal(131000, api.ErrorCode);
    }

    [Fact]
    public async Task Send_ConnectionResetAfterRequest_NotRetried_ThrowsOutcomeUnknown()
    {
        await using var server = MisbehavingServer.ResetAfterRequest();
        await using var provider = ClientFor(server.BaseAddress, TimeProvider.System);

        var error = await Assert.ThrowsAsync<MessageOutcomeUnknownException>(() =>
            provider.GetRequiredService<IWhatsAppClient>().Messages.SendTextAsync(Recipient, "hi", cancellationToken: Ct));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(1, server.RequestsReceived);
    }

    [Fact]
    public async Task Send_NoAnswerWithinTimeout_NotRetried_ThrowsOutcomeUnknown()
    {
        var time = new FakeTimeProvider();
        await using var server = MisbehavingServer.NeverAnswer();
        await using var provider = ClientFor(server.BaseAddress, time);

        var send = provider.GetRequiredService<IWhatsAppClient>().Messages.SendTextAsync(Recipient, "hi", cancellationToken: Ct);
        await server.WaitForRequestsAsync(1);
        var error = await Assert.ThrowsAsync<MessageOutcomeUnknownException>(() => time.RunAsync(send, TimeSpan.FromSeconds(5)));

        Assert.Contains("timeout", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, server.RequestsReceived);
    }

    [Fact]
    public async Task Send_SuccessStatusWithGarbageBody_ThrowsOutcomeUnknown()
    {
        using var graph = new GraphServer(ThreeRetries);
        graph.Answer(200, "<html>captive portal</html>", "text/html");

        var error = await Assert.ThrowsAsync<MessageOutcomeUnknownException>(() => graph.Messages.SendTextAsync(Recipient, "hi", cancellationToken: Ct));

        Assert.IsType<WhatsAppException>(error.InnerException);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task Send_CallerCancelsAfterTheRequestWasWritten_ThrowsOutcomeUnknownWithTheCancellationInside()
    {
        await using var server = MisbehavingServer.NeverAnswer();
        await using var provider = ClientFor(server.BaseAddress, TimeProvider.System);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var send = provider.GetRequiredService<IWhatsAppClient>().Messages.SendTextAsync(Recipient, "hi", cancellationToken: cancel.Token);
        await server.WaitForRequestsAsync(1);
        await cancel.CancelAsync();

        // The server has the request: the message may have been sent, so this is not a plain cancellation.
        var error = await Assert.ThrowsAsync<MessageOutcomeUnknownException>(() => send);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        Assert.Contains("cancelled", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ConnectionRefused_RetriedOnceTheServerListens()
    {
        var port = FreePort();
        var time = new FakeTimeProvider();
        await using var provider = ClientFor(new Uri($"http://127.0.0.1:{port}/"), time);
        var client = provider.GetRequiredService<IWhatsAppClient>();

        // Nothing listens yet: the first attempt is refused before any byte is sent, so the retry is safe.
        var send = client.Messages.SendTextAsync(Recipient, "hi", cancellationToken: Ct);
        await Task.WhenAny(send, Task.Delay(300, Ct));
        Assert.False(send.IsCompleted);
        using var graph = new GraphServer(port: port).AcceptMessages();

        var result = await time.RunAsync(send, TimeSpan.FromSeconds(1));

        Assert.StartsWith("wamid.", result.MessageId, StringComparison.Ordinal);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task Get_ServiceUnavailableThenOk_RetriedHonouringRetryAfter()
    {
        var time = new FakeTimeProvider();
        using var graph = new GraphServer(ThreeRetries, services => services.AddSingleton<TimeProvider>(time));
        graph.Server.Given(Request.Create().UsingGet()).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "20")
                .WithBody("""{"error":{"message":"(#2) Service temporarily unavailable","type":"OAuthException","code":2}}"""));
        graph.Server.Given(Request.Create().UsingGet()).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"success":true}"""));
        var connection = Connection(graph);
        var started = time.GetUtcNow();

        var get = connection.GetAsync("106540352242922", WhatsAppJsonContext.Default.GraphSuccess, Ct);
        var result = await time.RunAsync(get, TimeSpan.FromSeconds(1));

        Assert.True(result.Success);
        Assert.Equal(2, graph.Requests.Count);
        Assert.True(time.GetUtcNow() - started >= TimeSpan.FromSeconds(20), "the retry waited for Retry-After");
    }

    [Fact]
    public async Task Get_BadRequest_NotRetried()
    {
        using var graph = new GraphServer(ThreeRetries);
        graph.Answer(400, """{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100}}""");

        await Assert.ThrowsAsync<WhatsAppApiException>(() => Connection(graph).GetAsync("1", WhatsAppJsonContext.Default.GraphSuccess, Ct));

        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task MarkAsRead_ServiceUnavailable_PostNotRetried()
    {
        using var graph = new GraphServer(ThreeRetries);
        graph.Answer(503, """{"error":{"message":"(#2) Service temporarily unavailable","type":"OAuthException","code":2}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(graph.Requests);
    }

    private static GraphConnection Connection(GraphServer graph)
    {
        var provider = graph.Services;
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<WhatsAppOptions>>().Get(string.Empty);
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(WhatsAppRegistrations.HttpClientName(string.Empty));
        return new GraphConnection(http, options, provider.GetRequiredService<TimeProvider>());
    }

    private static ServiceProvider ClientFor(Uri baseAddress, TimeProvider time)
    {
        var services = new ServiceCollection().AddSingleton(time);
        services.AddWhatsAppCloudApi(options =>
        {
            options.AccessToken = GraphServer.Token;
            options.PhoneNumberId = GraphServer.PhoneNumberId;
            options.BaseAddress = baseAddress;
            options.MaxRetries = 3;
        }).ConfigureRateLimiting(limits => limits.Enabled = false);
        return services.BuildServiceProvider();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
