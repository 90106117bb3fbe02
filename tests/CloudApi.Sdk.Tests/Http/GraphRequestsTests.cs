using System.Net;
using System.Text;
using System.Text.Json;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CloudApi.Sdk.Tests.Http;

/// <summary><see cref="IWhatsAppClient.Graph"/>: any relative Graph path with the tenant's token, version, retry and error mapping.</summary>
public sealed class GraphRequestsTests
{
    private const string ProfilePath = GraphServer.PhoneNumberId + "/whatsapp_business_profile";
    private const string ProfileAnswer = """{"data":[{"about":"Open 9-5","messaging_product":"whatsapp","vertical":"RETAIL"}]}""";
    private const string Unavailable = """{"error":{"message":"(#2) Service temporarily unavailable","type":"OAuthException","code":2,"fbtrace_id":"T503"}}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_PathAndQuery_SentUnderTheVersionWithTheTokenAndAnEscapedQuery()
    {
        using var graph = new GraphServer();
        graph.OnTraced("GET", ProfilePath, ProfileAnswer, "Trace-Get-1");

        var result = await graph.Client.Graph.GetAsync(ProfilePath, new GraphRequestOptions
        {
            Query = { ["fields"] = "about,vertical", ["q"] = "a b&c=d/é", ["odd name"] = "" },
        }, Ct);

        var request = graph.SingleRequest();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v26.0/" + ProfilePath, request.Path);
        Assert.Equal("?fields=about%2Cvertical&q=a%20b%26c%3Dd%2F%C3%A9&odd%20name=", request.RawQuery);
        Assert.Equal($"Bearer {GraphServer.Token}", request.Headers!["Authorization"].Single());
        Assert.Equal("Open 9-5", result.RawJson.GetProperty("data")[0].GetProperty("about").GetString());
        Assert.Equal(200, result.Response!.StatusCode);
        Assert.Equal("Trace-Get-1", result.Response.TraceId);
    }

    [Fact]
    public async Task GetAsync_LeadingSlashAndNoOptions_SlashStrippedNoQuery()
    {
        using var graph = new GraphServer();
        graph.OnTraced("GET", ProfilePath, ProfileAnswer, "Trace-Get-2");

        var result = await graph.Client.Graph.GetAsync("/" + ProfilePath, cancellationToken: Ct);

        var request = graph.SingleRequest();
        Assert.Equal("/v26.0/" + ProfilePath, request.Path);
        Assert.True(string.IsNullOrEmpty(request.RawQuery), $"no query expected, got '{request.RawQuery}'");
        Assert.Equal("Trace-Get-2", result.Response!.TraceId);
    }

    [Fact]
    public async Task GetAsync_ApiVersionOverride_SentUnderThatVersion()
    {
        using var graph = new GraphServer();
        graph.Answer(200, """{"id":"106540352242922"}""");

        var result = await graph.Client.Graph.GetAsync(GraphServer.PhoneNumberId, new GraphRequestOptions { ApiVersion = "v23.0" }, Ct);

        Assert.Equal("/v23.0/" + GraphServer.PhoneNumberId, graph.SingleRequest().Path);
        Assert.Equal(GraphServer.PhoneNumberId, result.RawJson.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("25.0")]
    [InlineData("v25")]
    [InlineData("v26.0/../x")]
    [InlineData("")]
    public void GraphRequestOptions_MalformedApiVersion_ThrowsValidationNamingIt(string version)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new GraphRequestOptions { ApiVersion = version });

        Assert.Equal("ApiVersion", error.Field);
    }

    [Fact]
    public async Task PostAsync_JsonElement_SentAsJsonAndAnswerRead()
    {
        using var graph = new GraphServer();
        graph.OnTraced("POST", GraphServer.PhoneNumberId + "/register", """{"success":true}""", "Trace-Post-1");
        using var body = JsonDocument.Parse("""{"messaging_product":"whatsapp","pin":"123456"}""");

        var result = await graph.Client.Graph.PostAsync(GraphServer.PhoneNumberId + "/register", GraphRequestContent.Json(body.RootElement), cancellationToken: Ct);

        var request = graph.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v26.0/{GraphServer.PhoneNumberId}/register", request.Path);
        Assert.Equal("application/json", request.Headers!["Content-Type"].Single());
        Assert.Equal("""{"messaging_product":"whatsapp","pin":"123456"}""", request.Body);
        Assert.True(result.RawJson.GetProperty("success").GetBoolean());
        Assert.Equal("Trace-Post-1", result.Response!.TraceId);
    }

    [Fact]
    public async Task PostAsync_Utf8Json_SentByteForByte()
    {
        using var graph = new GraphServer();
        graph.Answer(200, """{"success":true}""");
        var json = "{ \"pin\" : \"654321\",\n  \"note\": \"caf\u00e9\" }";
        var bytes = Encoding.UTF8.GetBytes(json);
        var content = GraphRequestContent.Json(bytes);
        bytes[0] = (byte)'X'; // the content holds its own copy

        await graph.Client.Graph.PostAsync(GraphServer.PhoneNumberId + "/register", content, cancellationToken: Ct);

        Assert.Equal(json, graph.SingleRequest().Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"a\":1} {\"b\":2}")]
    [InlineData("not json")]
    public void Json_MalformedUtf8_ThrowsValidation(string text)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => GraphRequestContent.Json(Encoding.UTF8.GetBytes(text)));

        Assert.Equal("utf8Json", error.Field);
    }

    [Fact]
    public void Json_DefaultElement_ThrowsValidation()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => GraphRequestContent.Json(default(JsonElement)));

        Assert.Equal("json", error.Field);
    }

    [Fact]
    public async Task PostAsync_Form_SentUrlEncodedInOrder()
    {
        using var graph = new GraphServer();
        graph.Answer(200, """{"success":true}""");
        var form = GraphRequestContent.Form([
            new("subscribed_fields", "messages,account_update"),
            new("note", "a b+c&d=é"),
            new("note", ""),
        ]);

        await graph.Client.Graph.PostAsync(GraphServer.BusinessAccountId + "/subscribed_apps", form, cancellationToken: Ct);

        var request = graph.SingleRequest();
        Assert.Equal("application/x-www-form-urlencoded", request.Headers!["Content-Type"].Single());
        Assert.Equal("subscribed_fields=messages%2Caccount_update&note=a+b%2Bc%26d%3D%C3%A9&note=", request.Body);
    }

    [Fact]
    public void Form_EmptyName_ThrowsValidation()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => GraphRequestContent.Form([new("a", "1"), new("", "2")]));

        Assert.Equal("fields", error.Field);
    }

    [Fact]
    public async Task PostAsync_NoContent_SentWithoutBody()
    {
        using var graph = new GraphServer();
        graph.Answer(200, """{"success":true}""");

        await graph.Client.Graph.PostAsync(GraphServer.BusinessAccountId + "/subscribed_apps", content: null,
            new GraphRequestOptions { Query = { ["override_callback_uri"] = "https://example.test/hook" } }, Ct);

        var request = graph.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.True(string.IsNullOrEmpty(request.Body));
        Assert.Equal("?override_callback_uri=https%3A%2F%2Fexample.test%2Fhook", request.RawQuery);
    }

    [Fact]
    public async Task DeleteAsync_Path_SentAsDeleteWithTheToken()
    {
        using var graph = new GraphServer();
        graph.OnTraced("DELETE", GraphServer.BusinessAccountId + "/subscribed_apps", """{"success":true}""", "Trace-Delete-1");

        var result = await graph.Client.Graph.DeleteAsync(GraphServer.BusinessAccountId + "/subscribed_apps", cancellationToken: Ct);

        var request = graph.SingleRequest();
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"Bearer {GraphServer.Token}", request.Headers!["Authorization"].Single());
        Assert.True(result.RawJson.GetProperty("success").GetBoolean());
        Assert.Equal("Trace-Delete-1", result.Response!.TraceId);
    }

    [Fact]
    public async Task GetAsync_GraphError_ThrowsApiExceptionWithTheCode()
    {
        using var graph = new GraphServer();
        graph.Answer(400, """{"error":{"message":"(#100) Tried accessing nonexisting field (colour)","type":"OAuthException","code":100,"error_subcode":33,"fbtrace_id":"AbC400"}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.Graph.GetAsync(GraphServer.PhoneNumberId, new GraphRequestOptions { Query = { ["fields"] = "colour" } }, Ct));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(100, error.ErrorCode);
        Assert.Equal(33, error.Error!.Subcode);
        Assert.Equal("AbC400", error.Error.FbTraceId);
    }

    [Fact]
    public async Task GetAsync_SuccessWithNonJsonBody_ThrowsWhatsAppException()
    {
        using var graph = new GraphServer();
        graph.Answer(200, "<html>captive portal</html>", "text/html");

        var error = await Assert.ThrowsAsync<WhatsAppException>(() => graph.Client.Graph.GetAsync(GraphServer.PhoneNumberId, cancellationToken: Ct));

        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task GetAsync_SuccessWithEmptyBody_ResultWithoutJson()
    {
        using var graph = new GraphServer();
        graph.Answer(200, "");

        var result = await graph.Client.Graph.GetAsync(GraphServer.PhoneNumberId, cancellationToken: Ct);

        Assert.Equal(JsonValueKind.Undefined, result.RawJson.ValueKind);
        Assert.Equal(200, result.Response!.StatusCode);
    }

    [Fact]
    public async Task GetAsync_ServiceUnavailableThenOk_Retried()
    {
        var time = new FakeTimeProvider();
        using var graph = new GraphServer(options => options.MaxRetries = 3, services => services.AddSingleton<TimeProvider>(time));
        graph.Server.Given(Request.Create().UsingGet()).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody(Unavailable));
        graph.Server.Given(Request.Create().UsingGet()).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(ProfileAnswer));

        var result = await time.RunAsync(graph.Client.Graph.GetAsync(ProfilePath, cancellationToken: Ct), TimeSpan.FromSeconds(1));

        Assert.Equal(2, graph.Requests.Count);
        Assert.Equal("RETAIL", result.RawJson.GetProperty("data")[0].GetProperty("vertical").GetString());
    }

    [Fact]
    public async Task DeleteAsync_ServiceUnavailableWithoutRetries_NotRetried()
    {
        using var graph = new GraphServer(options => options.MaxRetries = 0);
        graph.Answer(503, Unavailable);

        await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Graph.DeleteAsync(GraphServer.BusinessAccountId + "/subscribed_apps", cancellationToken: Ct));

        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task PostAsync_ServiceUnavailable_NotRetried()
    {
        using var graph = new GraphServer(options => options.MaxRetries = 3);
        graph.Answer(503, Unavailable);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.Graph.PostAsync(GraphServer.BusinessAccountId + "/subscribed_apps", GraphRequestContent.Form([new("a", "1")]), cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(2, error.ErrorCode);
        Assert.Single(graph.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    [InlineData("//evil.example/v26.0/me")]
    [InlineData("https://evil.example/v26.0/me")]
    [InlineData("http:me")]
    [InlineData("..")]
    [InlineData("106540352242922/../../me")]
    [InlineData("106540352242922/%2e%2E/me")]
    [InlineData("106540352242922?fields=id")]
    [InlineData("106540352242922#top")]
    [InlineData("106540352242922\\..\\me")]
    public async Task GetAsync_NotARelativeGraphPath_ThrowsValidationNothingSent(string path)
    {
        using var graph = new GraphServer();
        graph.Answer(200, """{"id":"1"}""");

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Graph.GetAsync(path, cancellationToken: Ct));

        Assert.Equal("relativePath", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task PostAndDelete_PathWithQuery_ThrowValidationNothingSent()
    {
        using var graph = new GraphServer();
        graph.Answer(200, """{"success":true}""");

        var post = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Graph.PostAsync("102290129340398/subscribed_apps?x=1", GraphRequestContent.Form([new("a", "1")]), cancellationToken: Ct));
        var delete = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Graph.DeleteAsync("../102290129340398", cancellationToken: Ct));

        Assert.Equal(("relativePath", "relativePath"), (post.Field, delete.Field));
        Assert.Contains("GraphRequestOptions.Query", post.Message, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task GetAsync_EmptyQueryName_ThrowsValidationNothingSent()
    {
        using var graph = new GraphServer();
        graph.Answer(200, """{"id":"1"}""");

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Graph.GetAsync(GraphServer.PhoneNumberId, new GraphRequestOptions { Query = { [""] = "x" } }, Ct));

        Assert.Equal("Query", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task ReadmeExample_AsWritten_GetsTheProfileAndPostsTheRegistration()
    {
        using var graph = new GraphServer();
        graph.OnTraced("GET", ProfilePath, ProfileAnswer, "Trace-Readme");
        graph.OnTraced("POST", GraphServer.PhoneNumberId + "/register", """{"success":true}""", "Trace-Readme");
        var whatsApp = graph.Client;

        // --- README "Calling a Graph path the SDK does not model", verbatim (so without the test's cancellation token) ---
#pragma warning disable xUnit1051
        var profile = await whatsApp.Graph.GetAsync("106540352242922/whatsapp_business_profile",
            new GraphRequestOptions { Query = { ["fields"] = "about,vertical" } });
        Console.WriteLine(profile.RawJson.GetProperty("data")[0].GetProperty("about").GetString());

        await whatsApp.Graph.PostAsync("106540352242922/register",
            GraphRequestContent.Json("""{"messaging_product":"whatsapp","pin":"123456"}"""u8.ToArray()));
#pragma warning restore xUnit1051
        // --- end of the README example ---

        Assert.Equal("Trace-Readme", profile.Response!.TraceId);
        Assert.Equal(["GET", "POST"], graph.Requests.Select(entry => entry.RequestMessage!.Method));
        Assert.Equal("""{"messaging_product":"whatsapp","pin":"123456"}""", graph.Requests[1].RequestMessage!.Body);
    }

    [Fact]
    public async Task Create_GetAsync_SentWithTheCreatedClientsTokenAndVersion()
    {
        using var server = WireMock.Server.WireMockServer.Start();
        server.Given(Request.Create().WithPath("/v24.0/" + ProfilePath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("x-fb-trace-id", "Trace-Create").WithBody(ProfileAnswer));
        await using var client = WhatsAppClient.Create(new WhatsAppOptions
        {
            AccessToken = "EAAG-created-graph-token-777",
            ApiVersion = "v24.0",
            BaseAddress = new Uri(server.Url!),
        });

        var result = await client.Graph.GetAsync(ProfilePath, new GraphRequestOptions { Query = { ["fields"] = "about" } }, Ct);

        var request = Assert.Single(server.LogEntries).RequestMessage!;
        Assert.Equal("Bearer EAAG-created-graph-token-777", request.Headers!["Authorization"].Single());
        Assert.Equal("?fields=about", request.RawQuery);
        Assert.Equal("Open 9-5", result.RawJson.GetProperty("data")[0].GetProperty("about").GetString());
        Assert.Equal("Trace-Create", result.Response!.TraceId);
    }
}
