using System.Net;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CloudApi.Sdk.Tests.Errors;

/// <summary>Every family of error answer becomes a <see cref="WhatsAppApiException"/> with what Meta sent.</summary>
public sealed class GraphErrorMappingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MarkAsRead_GraphErrorWithObjectErrorData_MapsEveryField()
    {
        using var graph = new GraphServer();
        graph.Answer(400, """
            {"error":{"message":"(#131009) Parameter value is not valid","type":"OAuthException","code":131009,"error_subcode":2494010,
              "error_user_title":"Bad value","error_user_msg":"Check the id","is_transient":false,
              "error_data":{"messaging_product":"whatsapp","details":"message_id is not valid"},"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}
            """);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(new GraphError(131009, 2494010, "OAuthException", "(#131009) Parameter value is not valid", "Bad value", "Check the id",
            "message_id is not valid", "Az8or2yhqkZfEZ-_4Qn_Bam", false), error.Error);
        Assert.Equal(WhatsAppErrorCodes.ParameterValueInvalid, error.ErrorCode);
        Assert.False(error.IsRateLimit);
        Assert.False(error.IsTransient);
        Assert.Contains("131009", error.Message, StringComparison.Ordinal);
        Assert.Contains("Az8or2yhqkZfEZ-_4Qn_Bam", error.Message, StringComparison.Ordinal);
        Assert.Contains("message_id is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkAsRead_ErrorDataAsPlainString_KeptAsDetails()
    {
        using var graph = new GraphServer();
        graph.Answer(400, """{"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388040,"error_data":"Body text too long","fbtrace_id":"T1"}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal(100, error.ErrorCode);
        Assert.Equal(2388040, error.Error!.Subcode);
        Assert.Equal("Body text too long", error.Error.Details);
    }

    [Theory]
    [InlineData(WhatsAppErrorCodes.PairRateLimit, true, false)]
    [InlineData(WhatsAppErrorCodes.ThroughputLimit, true, true)]
    [InlineData(WhatsAppErrorCodes.TooManyCalls, true, false)]
    [InlineData(WhatsAppErrorCodes.BusinessAccountRateLimit, true, false)]
    [InlineData(WhatsAppErrorCodes.SomethingWentWrong, false, true)]
    [InlineData(WhatsAppErrorCodes.ReEngagementRequired, false, false)]
    public async Task MarkAsRead_ThrottlingAndTransientCodes_ClassifiedByCode(int code, bool rateLimit, bool transient)
    {
        using var graph = new GraphServer();
        graph.Answer(400, $$$"""{"error":{"message":"(#{{{code}}}) x","type":"OAuthException","code":{{{code}}},"fbtrace_id":"T"}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(rateLimit, error.IsRateLimit);
        Assert.Equal(transient, error.IsTransient);
    }

    [Fact]
    public async Task MarkAsRead_ExpiredToken_401WithCode190()
    {
        using var graph = new GraphServer();
        graph.Answer(401, """{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"T"}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(WhatsAppErrorCodes.AccessTokenExpired, error.ErrorCode);
        Assert.Equal(463, error.Error!.Subcode);
    }

    [Fact]
    public async Task MarkAsRead_HtmlBadGatewayFromProxy_StatusSurvivesWithSnippet()
    {
        using var graph = new GraphServer();
        graph.Answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Null(error.ErrorCode);
        Assert.Contains("502 Bad Gateway", error.ResponseSnippet, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
        Assert.Contains("HTTP 502", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkAsRead_EmptyInternalServerError_StatusSurvives()
    {
        using var graph = new GraphServer();
        graph.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(500));

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Null(error.ResponseSnippet);
        Assert.Contains("empty body", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"error":"not an object"}""")]
    [InlineData("""{"error":{"message":"truncated""")]
    [InlineData("[1,2,3]")]
    public async Task MarkAsRead_JsonThatIsNotAGraphError_NoJsonExceptionEscapes(string body)
    {
        using var graph = new GraphServer();
        graph.Answer(400, body);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Equal(body, error.ResponseSnippet);
    }

    [Fact]
    public async Task MarkAsRead_SuccessStatusWithGarbageBody_TypedExceptionNotJsonException()
    {
        using var graph = new GraphServer();
        graph.Answer(200, "<html>captive portal</html>", "text/html");

        var error = await Assert.ThrowsAsync<WhatsAppException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.IsType<System.Text.Json.JsonException>(error.InnerException, exactMatch: false);
        Assert.Contains("HTTP 200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_RetryAfterHeader_ExposedOnException()
    {
        using var graph = new GraphServer();
        graph.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(400)
            .WithHeader("Retry-After", "17").WithHeader("Content-Type", "application/json")
            .WithBody("""{"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,"fbtrace_id":"T"}}"""));

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal(TimeSpan.FromSeconds(17), error.RetryAfter);
    }
}
