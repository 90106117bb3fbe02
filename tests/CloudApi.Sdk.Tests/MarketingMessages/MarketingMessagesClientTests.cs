using CloudApi.Sdk.MarketingMessages;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;
using TemplateComponent = CloudApi.Sdk.Messages.TemplateComponent;

namespace CloudApi.Sdk.Tests.MarketingMessages;

public sealed class MarketingMessagesClientTests
{
    private const string Phone = GraphServer.PhoneNumberId;
    private const string Alice = "+16505551234";

    private static readonly TemplateMessage Offer = new("welcome_offer", "en_US", TemplateComponent.Body(TemplateParameter.Text("Ana")));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_WithSettings_PostsTemplateEnvelopeAndSettingsToMarketingMessages()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/marketing_messages",
            """{"contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.MM1","message_status":"held_for_quality_assessment"}],"messaging_product":"whatsapp","success":true}""");

        var result = await graph.Client.MarketingMessages.SendAsync(Alice, Offer,
            new SendMarketingMessageOptions { ProductPolicy = MarketingProductPolicy.Strict, MessageActivitySharing = false }, Ct);

        Assert.Equal(("wamid.MM1", "16505551234"), (result.MessageId, result.WaId));
        Assert.Equal(MessageStatus.HeldForQualityAssessment, result.MessageStatus);
        JsonAssert.Equal(
            """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template","template":{"name":"welcome_offer","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"}]}]},"product_policy":"STRICT","message_activity_sharing":false}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task SendAsync_NoSettings_SendsNeither()
    {
        using var graph = new GraphServer().On("POST", "999/marketing_messages", GraphServer.SendAnswer);

        var result = await graph.Client.MarketingMessages.SendAsync(Alice, new TemplateMessage("hello_world", "en"), new SendMarketingMessageOptions { PhoneNumberId = "999" }, Ct);

        Assert.Equal(MessageStatus.Accepted, result.MessageStatus);
        JsonAssert.Equal(
            """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template","template":{"name":"hello_world","language":{"code":"en"}}}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task SendAsync_PairLimitFailFast_SecondSendToSameUserRefusedByTheSameLimiter()
    {
        using var graph = new GraphServer(
            configureServices: services => services.Configure<WhatsAppRateLimitOptions>(string.Empty, limits =>
            {
                limits.PairBurst = 1;
                limits.PairPolicy = PairLimitPolicy.FailFast;
            }),
            rateLimiting: true).AcceptMessages().On("POST", $"{Phone}/marketing_messages", GraphServer.SendAnswer);

        await graph.Messages.SendAsync(Alice, Offer, cancellationToken: Ct);
        var refused = await Assert.ThrowsAsync<PairRateLimitExceededException>(() => graph.Client.MarketingMessages.SendAsync(Alice, Offer, cancellationToken: Ct));

        Assert.Single(graph.Requests); // /messages and /marketing_messages share the pair's budget
        Assert.True(refused.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task SendAsync_ServerError_ThrowsOutcomeUnknownNamingTheMessage()
    {
        using var graph = new GraphServer().Answer(500, """{"error":{"message":"(#131000) Something went wrong","type":"OAuthException","code":131000,"fbtrace_id":"T5"}}""");

        var error = await Assert.ThrowsAsync<MessageOutcomeUnknownException>(() => graph.Client.MarketingMessages.SendAsync(Alice, Offer, cancellationToken: Ct));

        Assert.Equal((Phone, Alice, "template"), (error.PhoneNumberId, error.Recipient, error.MessageType));
    }

    [Fact]
    public async Task SendAsync_NotOnboardedAnsweredWith500_IsARefusalNotAnUnknownOutcome()
    {
        using var graph = new GraphServer().Answer(500,
            """{"error":{"message":"Marketing Messages API for WhatsApp is not available","type":"OAuthException","code":134102,"fbtrace_id":"T6"}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.MarketingMessages.SendAsync(Alice, Offer, cancellationToken: Ct));

        Assert.Equal(WhatsAppErrorCodes.MarketingMessagesUnavailable, error.ErrorCode);
    }

    [Theory]
    [InlineData(131055)]
    [InlineData(134100)]
    [InlineData(134101)]
    public async Task SendAsync_MarketingRefusal_ThrowsApiExceptionWithTheCode(int code)
    {
        using var graph = new GraphServer().Answer(400, $$$"""{"error":{"message":"refused","type":"OAuthException","code":{{{code}}},"fbtrace_id":"T7"}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.MarketingMessages.SendAsync(Alice, Offer, cancellationToken: Ct));

        Assert.Equal(code, error.ErrorCode);
        Assert.True(WhatsAppErrorCodes.IsMarketingMessagesRefusal(code));
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task SendAsync_InvalidRecipient_RefusedBeforeSending()
    {
        using var graph = new GraphServer().Answer(200, GraphServer.SendAnswer);

        await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.MarketingMessages.SendAsync("not a number", Offer, cancellationToken: Ct));
        await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.MarketingMessages.SendAsync(Alice, null!, cancellationToken: Ct));

        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task GetOnboardingStatusAsync_ReadsStatusOfConfiguredAccount()
    {
        using var graph = new GraphServer().On("GET", GraphServer.BusinessAccountId,
            $$"""{"marketing_messages_onboarding_status":"ONBOARDED","id":"{{GraphServer.BusinessAccountId}}"}""");

        var onboarding = await graph.Client.MarketingMessages.GetOnboardingStatusAsync(cancellationToken: Ct);

        Assert.Equal(MarketingMessagesOnboardingStatus.Onboarded, onboarding.Status);
        Assert.True(onboarding.IsOnboarded);
        Assert.Equal(GraphServer.BusinessAccountId, onboarding.BusinessAccountId);
        AssertQuery(graph.SingleRequest(), ("fields", "marketing_messages_onboarding_status"));
    }

    [Fact]
    public async Task GetOnboardingStatusAsync_UnknownStatus_KeptAsIs()
    {
        using var graph = new GraphServer().On("GET", "555", """{"marketing_messages_onboarding_status":"TERMS_PENDING","id":"555"}""");

        var onboarding = await graph.Client.MarketingMessages.GetOnboardingStatusAsync(new MarketingMessagesRequestOptions { BusinessAccountId = "555" }, Ct);

        Assert.Equal("TERMS_PENDING", onboarding.Status?.Value);
        Assert.False(onboarding.IsOnboarded);
    }

    [Fact]
    public async Task RequestOnboardingAsync_WithSolution_PostsToBusinessWithSolutionId()
    {
        using var graph = new GraphServer().On("POST", "1234567890123456/onboard_partners_to_mm_lite", """{"request_id":"2345678901234567"}""");

        var request = await graph.Client.MarketingMessages.RequestOnboardingAsync("1234567890123456",
            new MarketingMessagesRequestOptions { SolutionId = "9876543210987654" }, Ct);

        Assert.Equal("2345678901234567", request.RequestId);
        AssertQuery(graph.SingleRequest(), ("solution_id", "9876543210987654"));
    }

    [Fact]
    public async Task RequestOnboardingAsync_DuplicateOnboarding_ThrowsWithNamedCode()
    {
        using var graph = new GraphServer().Answer(400, """{"error":{"message":"Duplicate onboarding","type":"OAuthException","code":1752041,"fbtrace_id":"T8"}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.MarketingMessages.RequestOnboardingAsync("1234567890123456", cancellationToken: Ct));

        Assert.Equal(WhatsAppErrorCodes.MarketingMessagesDuplicateOnboarding, error.ErrorCode);
    }

    [Fact]
    public void Options_Malformed_Refused()
    {
        Assert.Equal("solution_id", Assert.Throws<WhatsAppValidationException>(() => new MarketingMessagesRequestOptions { SolutionId = "abc" }).Field);
        Assert.Equal("product_policy", Assert.Throws<WhatsAppValidationException>(() => new SendMarketingMessageOptions { ProductPolicy = new MarketingProductPolicy("") }).Field);
    }

    [Fact]
    public void ModelFactory_BuildsResults()
    {
        var onboarding = WhatsAppModelFactory.MarketingMessagesOnboarding("1", MarketingMessagesOnboardingStatus.Pending);
        var request = WhatsAppModelFactory.MarketingMessagesOnboardingRequest("2");

        Assert.Equal(("1", "PENDING", false), (onboarding.BusinessAccountId, onboarding.Status?.Value, onboarding.IsOnboarded));
        Assert.Equal("2", request.RequestId);
    }
}
