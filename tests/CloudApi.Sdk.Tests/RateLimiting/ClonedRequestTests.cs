using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// A handler of the user's placed before the SDK's (outermost) that sends a copy of each request instead of the request:
/// the send's metadata travels in the request's options, so the copy is still limited and still named when its outcome is unknown.
/// </summary>
public sealed class ClonedRequestTests
{
    private const string Alice = "+16505551234";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_UserHandlerClonesTheRequest_PairLimitStillApplies()
    {
        var cloner = new CloningHandler();
        using var graph = new GraphServer(
            configureServices: services =>
            {
                RegisterFirst(services, cloner);
                services.Configure<WhatsAppRateLimitOptions>(string.Empty, limits =>
                {
                    limits.PairBurst = 1;
                    limits.PairPolicy = PairLimitPolicy.FailFast;
                });
            },
            rateLimiting: true);
        graph.AcceptMessages();

        await graph.Messages.SendTextAsync(Alice, "first", cancellationToken: Ct);
        var refused = await Assert.ThrowsAsync<PairRateLimitExceededException>(() => graph.Messages.SendTextAsync(Alice, "second", cancellationToken: Ct));

        Assert.Equal(2, cloner.Clones);
        Assert.Single(graph.Requests);
        Assert.True(refused.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task SendAsync_UserHandlerClonesTheRequest_ServerError_ThrowsOutcomeUnknownNamingTheMessage()
    {
        var cloner = new CloningHandler();
        using var graph = new GraphServer(configureServices: services => RegisterFirst(services, cloner), rateLimiting: true);
        graph.Answer(500, """{"error":{"message":"(#131000) Something went wrong","type":"OAuthException","code":131000,"fbtrace_id":"T5"}}""");

        var error = await Assert.ThrowsAsync<MessageOutcomeUnknownException>(() =>
            graph.Messages.SendTextAsync(Alice, "hi", new SendMessageOptions { BizOpaqueCallbackData = "order-7" }, Ct));

        Assert.Equal(1, cloner.Clones);
        Assert.Equal(GraphServer.PhoneNumberId, error.PhoneNumberId);
        Assert.Equal(Alice, error.Recipient);
        Assert.Equal("text", error.MessageType);
        Assert.Equal("order-7", error.BizOpaqueCallbackData);
    }

    /// <summary>Puts <paramref name="cloner"/> at index 0 of the registration's handlers, before the SDK's own.</summary>
    private static void RegisterFirst(IServiceCollection services, CloningHandler cloner) =>
        services.AddHttpClient(WhatsAppRegistrations.HttpClientName(string.Empty))
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Insert(0, cloner.Fresh()));

    /// <summary>Replaces each request by a copy of its method, URI, version, headers, content and options.</summary>
    private sealed class CloningHandler : DelegatingHandler
    {
        private readonly CloningHandler? _counter;
        private int _clones;

        public CloningHandler()
        {
        }

        private CloningHandler(CloningHandler counter) => _counter = counter;

        public int Clones => _clones;

        /// <summary>A new handler (IHttpClientFactory needs one per pipeline) counting into this one.</summary>
        public CloningHandler Fresh() => new(this);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref (_counter ?? this)._clones);
            using var clone = new HttpRequestMessage(request.Method, request.RequestUri)
            {
                Version = request.Version,
                VersionPolicy = request.VersionPolicy,
                Content = request.Content,
            };
            foreach (var header in request.Headers)
            {
                clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            foreach (var option in request.Options)
            {
                ((IDictionary<string, object?>)clone.Options)[option.Key] = option.Value;
            }

            return await base.SendAsync(clone, cancellationToken).ConfigureAwait(false);
        }
    }
}
