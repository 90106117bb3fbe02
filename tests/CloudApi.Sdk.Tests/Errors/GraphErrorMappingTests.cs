using System.Net;
using System.Text.Json;
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
        var graphError = error.Error!;
        Assert.Equal((131009, 2494010, "OAuthException", "(#131009) Parameter value is not valid", "Bad value", "Check the id"),
            (graphError.Code, graphError.Subcode, graphError.Type, graphError.Message, graphError.UserTitle, graphError.UserMessage));
        Assert.Equal(("message_id is not valid", "whatsapp", "Az8or2yhqkZfEZ-_4Qn_Bam", (bool?)false),
            (graphError.Details, graphError.MessagingProduct, graphError.FbTraceId, graphError.IsTransientFlag));
        Assert.Equal("message_id is not valid", graphError.ErrorData.GetProperty("details").GetString());
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
        Assert.Equal(JsonValueKind.String, error.Error.ErrorData.ValueKind);
        Assert.Null(error.Error.MessagingProduct);
    }

    [Fact]
    public async Task MarkAsRead_ErrorWithFieldsTheSdkDoesNotModel_KeepsTheWholeErrorObject()
    {
        using var graph = new GraphServer();
        graph.Answer(400, """
            {"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"href":"https://developers.facebook.com/docs/whatsapp",
              "error_data":{"messaging_product":"whatsapp","details":"More than 24 hours have passed","blame_field_specs":[["to"]]},"fbtrace_id":"T2"}}
            """);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal("https://developers.facebook.com/docs/whatsapp", error.Error!.RawJson.GetProperty("href").GetString());
        Assert.Equal("to", error.Error.ErrorData.GetProperty("blame_field_specs")[0][0].GetString());
        Assert.Null(error.Error.IsTransientFlag);
    }

    [Fact]
    public async Task MarkAsRead_CodesSentAsStrings_ReadLeniently()
    {
        using var graph = new GraphServer();
        graph.Answer(400, """{"error":{"message":"x","type":"OAuthException","code":"131056","error_subcode":"2494100","is_transient":"yes","fbtrace_id":"T"}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.MarkAsReadAsync("wamid.X", cancellationToken: Ct));

        Assert.Equal((131056, (int?)2494100, (bool?)null), (error.Error!.Code, error.Error.Subcode, error.Error.IsTransientFlag));
        Assert.True(error.IsRateLimit);
    }

    [Fact]
    public void ModelFactory_GraphError_BuildsAnErrorForAFakeException()
    {
        using var json = JsonDocument.Parse("""{"code":131056,"message":"pair rate limit hit"}""");
        var graphError = WhatsAppModelFactory.GraphError(WhatsAppErrorCodes.PairRateLimit, message: "pair rate limit hit", details: "d",
            messagingProduct: "whatsapp", fbTraceId: "T", isTransientFlag: true, rawJson: json.RootElement.Clone());

        var exception = new WhatsAppApiException(HttpStatusCode.BadRequest, graphError);

        Assert.True(exception.IsRateLimit);
        Assert.True(exception.IsTransient);
        Assert.Equal(("OAuthException", "d", "whatsapp", "T"), (graphError.Type, graphError.Details, graphError.MessagingProduct, graphError.FbTraceId));
        Assert.Equal(131056, graphError.RawJson.GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Undefined, graphError.ErrorData.ValueKind);
        Assert.Contains("131056", exception.Message, StringComparison.Ordinal);
        Assert.Equal("131056: pair rate limit hit", graphError.ToString());
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
