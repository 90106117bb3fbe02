using System.Net.Http.Headers;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners;

/// <summary>The code exchange and token inspection through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class OnboardingClient : IOnboardingClient
{
    private static readonly ResponseParser<BusinessToken> ParseToken =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.PartnerTokenExchangeWire, static (wire, source) => new BusinessToken(wire, source));

    private static readonly ResponseParser<TokenInfo> ParseTokenInfo =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.PartnerDebugTokenWire, static (wire, source) => new TokenInfo(wire, source));

    private readonly GraphConnection _graph;

    public OnboardingClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<BusinessToken> ExchangeCodeAsync(string code, TokenExchangeOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotEmpty(code, "code");
        var appId = PartnerIds.App(options?.AppId, _graph.Options);
        var secret = options?.AppSecret ?? _graph.Options.AppSecret;
        if (string.IsNullOrEmpty(secret))
        {
            throw new WhatsAppValidationException("client_secret",
                "No app secret was given (TokenExchangeOptions.AppSecret) and WhatsAppOptions.AppSecret is not set.");
        }

        if (options?.RedirectUri is { } redirect)
        {
            Validate.HttpUri(redirect, "redirect_uri");
        }

        var path = new GraphQuery("oauth/access_token")
            .Add("client_id", appId)
            .Add("client_secret", secret)
            .Add("code", code)
            .Add("redirect_uri", options?.RedirectUri?.AbsoluteUri)
            .ToString();
        var request = new HttpRequestMessage(HttpMethod.Get, _graph.CreateUri(path));
        request.Options.Set(GraphConnection.Unauthenticated, true);
        return _graph.SendAsync(request, ParseToken, cancellationToken);
    }

    public Task<TokenInfo> DebugTokenAsync(string inputToken, DebugTokenOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotEmpty(inputToken, "input_token");
        var appId = options?.AppId ?? _graph.Options.AppId;
        var secret = options?.AppSecret ?? _graph.Options.AppSecret;
        var request = new HttpRequestMessage(HttpMethod.Get, _graph.CreateUri(new GraphQuery("debug_token").Add("input_token", inputToken).ToString()));
        if (appId is not null && !string.IsNullOrEmpty(secret))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", PartnerIds.Required(appId, "appId") + "|" + secret);
        }

        return _graph.SendAsync(request, ParseTokenInfo, cancellationToken);
    }
}
