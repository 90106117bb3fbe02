using CloudApi.Sdk.Partners;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Partners;

/// <summary>The Embedded Signup code exchange and token inspection over real HTTP, and the secrets they carry.</summary>
public sealed class OnboardingClientTests
{
    private const string AppId = "1234567890";
    private const string AppSecret = "app-secret-must-not-leak-31415926";
    private const string Code = "AQDcode-must-not-leak-27182818";

    [Fact]
    public async Task ExchangeCodeAsync_ValidCode_SendsAppCredentialsWithoutBearerAndReadsToken()
    {
        using var graph = new GraphServer(o => { o.AppId = AppId; o.AppSecret = AppSecret; })
            .On("GET", "oauth/access_token", """{"access_token":"EAAGbusiness-token","token_type":"bearer"}""");

        var token = await graph.Client.Partners.Onboarding.ExchangeCodeAsync(Code, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("EAAGbusiness-token", "bearer", (TimeSpan?)null), (token.AccessToken, token.TokenType, token.ExpiresIn));
        var request = graph.SingleRequest();
        AssertQuery(request, ("client_id", AppId), ("client_secret", AppSecret), ("code", Code));
        Assert.False(request.Headers!.ContainsKey("Authorization"));
        Assert.DoesNotContain("EAAGbusiness-token", token.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangeCodeAsync_OptionsAndExpiry_OverrideConfiguredAppAndReadLifetime()
    {
        using var graph = new GraphServer().On("GET", "oauth/access_token", """{"access_token":"EAAG2","token_type":"bearer","expires_in":5183944}""");

        var token = await graph.Client.Partners.Onboarding.ExchangeCodeAsync(Code,
            new TokenExchangeOptions { AppId = "555", AppSecret = "other", RedirectUri = new Uri("https://example.com/signup") }, TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromSeconds(5183944), token.ExpiresIn);
        AssertQuery(graph.SingleRequest(), ("client_id", "555"), ("client_secret", "other"), ("code", Code), ("redirect_uri", "https://example.com/signup"));
    }

    [Theory]
    [InlineData("", AppId, AppSecret, "code")]
    [InlineData(Code, null, AppSecret, "appId")]
    [InlineData(Code, AppId, null, "client_secret")]
    public async Task ExchangeCodeAsync_MissingOrBadInput_ValidationErrorBeforeSending(string code, string? appId, string? secret, string field)
    {
        using var graph = new GraphServer(o => { o.AppId = appId; o.AppSecret = secret; }).Answer(200, "{}");

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Partners.Onboarding.ExchangeCodeAsync(code, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(field, error.ParamName);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task ExchangeCodeAsync_MalformedAppIdInOptions_ValidationErrorBeforeSending()
    {
        // A malformed WhatsAppOptions.AppId is refused at start-up; one given for a single exchange is checked there.
        using var graph = new GraphServer(o => { o.AppId = AppId; o.AppSecret = AppSecret; }).Answer(200, "{}");

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Partners.Onboarding.ExchangeCodeAsync(
            Code, new TokenExchangeOptions { AppId = "12ab" }, TestContext.Current.CancellationToken));

        Assert.Equal("appId", error.ParamName);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task ExchangeCodeAsync_RefusedCode_SecretCodeAndTokenInNoLogExceptionOrToString()
    {
        var ct = TestContext.Current.CancellationToken;
        using var graph = new GraphServer(
            o => { o.AppId = AppId; o.AppSecret = AppSecret; },
            services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace)).AddFakeLogging())
            .On("GET", "oauth/access_token",
                """{"error":{"message":"This authorization code has expired.","type":"OAuthException","code":100,"error_subcode":36007,"fbtrace_id":"AbC"}}""", status: 400)
            .On("GET", "debug_token", """{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190,"fbtrace_id":"AbD"}}""", status: 400);

        var exchange = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Partners.Onboarding.ExchangeCodeAsync(Code, cancellationToken: ct));
        var inspect = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Partners.Onboarding.DebugTokenAsync("EAAGinspected-token-secret", cancellationToken: ct));

        Assert.Equal(100, exchange.ErrorCode);
        var logs = graph.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, record => record.Message.Contains("/oauth/access_token", StringComparison.Ordinal));
        string[] secrets = [AppSecret, Code, "EAAGinspected-token-secret", GraphServer.Token];
        foreach (var secret in secrets)
        {
            Assert.All(logs, record =>
            {
                Assert.DoesNotContain(secret, record.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, string.Join(";", record.StructuredState ?? []), StringComparison.Ordinal);
                Assert.DoesNotContain(secret, record.Exception?.ToString() ?? string.Empty, StringComparison.Ordinal);
            });
            Assert.DoesNotContain(secret, exchange.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, inspect.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, new TokenExchangeOptions { AppId = AppId, AppSecret = AppSecret }.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, new DebugTokenOptions { AppId = AppId, AppSecret = AppSecret }.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DebugTokenAsync_AppSecretConfigured_AuthorisesWithAppTokenAndReadsGranularScopes()
    {
        using var graph = new GraphServer(o => { o.AppId = AppId; o.AppSecret = AppSecret; }).On("GET", "debug_token", """
            {"data":{"app_id":"1234567890","type":"SYSTEM_USER","application":"Provider App","data_access_expires_at":0,"expires_at":0,"is_valid":true,
             "issued_at":1735689600,"scopes":["whatsapp_business_management","whatsapp_business_messaging","business_management"],
             "granular_scopes":[{"scope":"whatsapp_business_management","target_ids":["102290129340398"]},{"scope":"whatsapp_business_messaging","target_ids":["102290129340398"]},
              {"scope":"business_management"}],"user_id":"9999"}}
            """);

        var info = await graph.Client.Partners.Onboarding.DebugTokenAsync("EAAGbusiness-token", cancellationToken: TestContext.Current.CancellationToken);

        var request = graph.SingleRequest();
        Assert.Equal($"Bearer {AppId}|{AppSecret}", Assert.Single(request.Headers!["Authorization"]));
        AssertQuery(request, ("input_token", "EAAGbusiness-token"));
        Assert.True(info.IsValid);
        Assert.Equal(("1234567890", "SYSTEM_USER", "Provider App", "9999"), (info.AppId, info.Type, info.Application, info.UserId));
        Assert.Null(info.ExpiresAt);
        Assert.Null(info.DataAccessExpiresAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1735689600), info.IssuedAt);
        Assert.Equal(["102290129340398"], info.BusinessAccountIds);
        Assert.Equal(["102290129340398"], info.TargetIdsOf(TokenInfo.BusinessMessagingScope));
        Assert.Empty(info.TargetIdsOf("business_management"));
        Assert.Equal(3, info.Scopes.Count);
    }

    [Fact]
    public async Task DebugTokenAsync_NoAppSecret_AuthorisesWithTheClientsToken()
    {
        using var graph = new GraphServer().On("GET", "debug_token", """{"data":{"is_valid":false,"expires_at":1767225600,"scopes":[]}}""");

        var info = await graph.Client.Partners.Onboarding.DebugTokenAsync("EAAGother", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal($"Bearer {GraphServer.Token}", Assert.Single(graph.SingleRequest().Headers!["Authorization"]));
        Assert.False(info.IsValid);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), info.ExpiresAt);
        Assert.Empty(info.BusinessAccountIds);
    }
}
