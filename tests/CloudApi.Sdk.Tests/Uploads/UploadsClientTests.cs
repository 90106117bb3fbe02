using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Tests.Media;
using CloudApi.Sdk.Uploads;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Uploads;

public sealed class UploadsClientTests
{
    private const string Session = "upload:MTphdHRhY2htZW50OjlhZTc0ZjYy?sig=ARZxyz";
    private const string SessionPath = "upload:MTphdHRhY2htZW50OjlhZTc0ZjYy";
    private const string Handle = "4::aW1hZ2UvcG5n:ARYabc";

    [Fact]
    public async Task UploadFileAsync_NewFile_OpensSessionThenStreamsBytesFromOffsetZeroWithOAuth()
    {
        using var graph = new GraphServer()
            .On("POST", "app/uploads", $$"""{"id":"{{Session}}"}""")
            .On("POST", SessionPath, $$"""{"h":"{{Handle}}"}""");
        var png = PatternStream.Bytes(150_000);

        var result = await graph.Client.Uploads.UploadFileAsync(new MemoryStream(png), "logo.png", UploadFileTypes.Png, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Handle, result.Handle);
        Assert.Equal(Handle, result.RawJson.GetProperty("h").GetString());
        var requests = graph.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(2, requests.Count);
        var open = requests[0];
        Assert.Equal("/v26.0/app/uploads", open.Path);
        AssertQuery(open, ("file_name", "logo.png"), ("file_length", "150000"), ("file_type", "image/png"));
        Assert.Equal($"Bearer {GraphServer.Token}", open.Headers!["Authorization"].Single());
        var transfer = requests[1];
        Assert.Equal("POST", transfer.Method);
        Assert.Equal("/v26.0/" + SessionPath, transfer.Path); // the colon is sent as-is, not %3A
        Assert.Contains("sig=ARZxyz", transfer.RawQuery, StringComparison.Ordinal);
        Assert.Equal($"OAuth {GraphServer.Token}", transfer.Headers!["Authorization"].Single());
        Assert.Equal("0", transfer.Headers["file_offset"].Single());
        Assert.Equal(png, transfer.BodyAsBytes);
    }

    [Fact]
    public async Task UploadFileAsync_AppIdConfigured_OpensSessionOnThatApp()
    {
        using var graph = new GraphServer(o => o.AppId = "123456789012345")
            .On("POST", "777000111/uploads", $$"""{"id":"{{Session}}"}""")
            .On("POST", SessionPath, $$"""{"h":"{{Handle}}"}""");

        await graph.Client.Uploads.UploadFileAsync(new MemoryStream([1, 2, 3]), "a.pdf", UploadFileTypes.Pdf,
            new UploadRequestOptions { AppId = "777000111" }, TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.Uploads.CreateSessionAsync("b.pdf", 3, UploadFileTypes.Pdf, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("/v26.0/123456789012345/uploads", graph.Requests[^1].RequestMessage!.Path);
    }

    [Fact]
    public async Task UploadFileAsync_TransferFailsWith5xx_AsksOffsetAndSendsOnlyTheRest()
    {
        using var graph = new GraphServer()
            .On("POST", "app/uploads", $$"""{"id":"{{Session}}"}""")
            .On("GET", SessionPath, $$"""{"id":"{{Session}}","file_offset":"40000"}""");
        Transfer(graph, offset: "0", status: 503, """{"error":{"message":"Service temporarily unavailable","type":"OAuthException","code":2,"fbtrace_id":"A"}}""");
        Transfer(graph, offset: "40000", status: 200, $$"""{"h":"{{Handle}}"}""");
        var file = PatternStream.Bytes(100_000);
        var stream = new MemoryStream(file);

        var result = await graph.Client.Uploads.UploadFileAsync(stream, "doc.pdf", UploadFileTypes.Pdf, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Handle, result.Handle);
        var requests = graph.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(["POST app/uploads", "POST 0", "GET", "POST 40000"], requests.Select(Describe));
        Assert.Equal($"OAuth {GraphServer.Token}", requests[2].Headers!["Authorization"].Single());
        Assert.Equal(file[40_000..], requests[3].BodyAsBytes);
    }

    [Fact]
    public async Task UploadFileAsync_EveryResumeFails_ThrowsInterruptedWithSessionAndOffset()
    {
        using var graph = new GraphServer()
            .On("POST", "app/uploads", $$"""{"id":"{{Session}}"}""")
            .On("GET", SessionPath, $$"""{"id":"{{Session}}","file_offset":10}""");
        Transfer(graph, offset: null, status: 500, """{"error":{"message":"An unknown error occurred","type":"OAuthException","code":1,"fbtrace_id":"B"}}""");

        var error = await Assert.ThrowsAsync<UploadInterruptedException>(() => graph.Client.Uploads.UploadFileAsync(
            new MemoryStream(new byte[100]), "a.png", UploadFileTypes.Png, new UploadRequestOptions { MaxResumeAttempts = 2 }, TestContext.Current.CancellationToken));

        Assert.Equal(Session, error.SessionId);
        Assert.Equal(10, error.FileOffset);
        Assert.IsType<WhatsAppApiException>(error.InnerException);
        Assert.Equal(["POST app/uploads", "POST 0", "GET", "POST 10", "GET", "POST 10"], graph.Requests.Select(r => Describe(r.RequestMessage!)));
    }

    [Fact]
    public async Task UploadFileAsync_MetaRefusesTheBytes_ThrowsWithoutResuming()
    {
        using var graph = new GraphServer().On("POST", "app/uploads", $$"""{"id":"{{Session}}"}""");
        Transfer(graph, offset: null, status: 400, """{"error":{"message":"Invalid file","type":"OAuthException","code":100,"fbtrace_id":"C"}}""");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Uploads.UploadFileAsync(
            new MemoryStream(new byte[100]), "a.png", UploadFileTypes.Png, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(100, error.ErrorCode);
        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task ResumeFileAsync_SessionHasOffset_SendsFromThatOffset()
    {
        using var graph = new GraphServer().On("GET", SessionPath, $$"""{"id":"{{Session}}","file_offset":7}""");
        Transfer(graph, offset: "7", status: 200, $$"""{"h":"{{Handle}}"}""");
        var file = PatternStream.Bytes(20);

        var result = await graph.Client.Uploads.ResumeFileAsync(Session, new MemoryStream(file), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Handle, result.Handle);
        Assert.Equal(file[7..], graph.Requests[^1].RequestMessage!.BodyAsBytes);
    }

    [Fact]
    public async Task GetSessionAsync_ReadsOffset()
    {
        using var graph = new GraphServer().On("GET", SessionPath, $$"""{"id":"{{Session}}","file_offset":4096}""");

        var session = await graph.Client.Uploads.GetSessionAsync(Session, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((Session, 4096L), (session.Id, session.FileOffset));
    }

    [Fact]
    public async Task UploadAsync_NonSeekableStream_StreamsFromGivenOffset()
    {
        using var graph = new GraphServer();
        Transfer(graph, offset: "5", status: 200, $$"""{"h":"{{Handle}}"}""");

        var result = await graph.Client.Uploads.UploadAsync(Session, new PatternStream(1000, seekable: false), 5, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Handle, result.Handle);
        Assert.Equal(PatternStream.Bytes(1000), graph.SingleRequest().BodyAsBytes);
    }

    [Fact]
    public async Task UploadFileAsync_Cancelled_ThrowsCancellationWithoutResuming()
    {
        using var graph = new GraphServer().On("POST", "app/uploads", $$"""{"id":"{{Session}}"}""");
        using var cancellation = new CancellationTokenSource();
        var stream = new CancellingStream(PatternStream.Bytes(200_000), cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            graph.Client.Uploads.UploadFileAsync(stream, "a.pdf", UploadFileTypes.Pdf, cancellationToken: cancellation.Token));

        Assert.DoesNotContain(graph.Requests, r => r.RequestMessage!.Method == "GET");
    }

    public static TheoryData<string, Func<IUploadsClient, Task>> InvalidCalls => new()
    {
        { "file_type", c => c.UploadFileAsync(new MemoryStream([1]), "a.gif", "image/gif") },
        { "file_name", c => c.UploadFileAsync(new MemoryStream([1]), "dir/a.png", UploadFileTypes.Png) },
        { "file_name", c => c.UploadFileAsync(new MemoryStream([1]), "", UploadFileTypes.Png) },
        { "file", c => c.UploadFileAsync(new MemoryStream(), "a.png", UploadFileTypes.Png) },
        { "file", c => c.UploadFileAsync(new PatternStream(10, seekable: false), "a.png", UploadFileTypes.Png) },
        { "file_length", c => c.CreateSessionAsync("a.png", 0, UploadFileTypes.Png) },
        { "sessionId", c => c.GetSessionAsync("12345") },
        { "sessionId", c => c.GetSessionAsync("upload:abc/../../me") },
        { "sessionId", c => c.ResumeFileAsync("upload:", new MemoryStream([1])) },
        { "file_offset", c => c.UploadAsync(Session, new MemoryStream([1]), -1) },
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public async Task Calls_InvalidInput_RefusedBeforeSending(string field, Func<IUploadsClient, Task> call)
    {
        using var graph = new GraphServer().Answer(200, "{}");

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => call(graph.Client.Uploads));

        Assert.Equal(field, error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void Options_OutOfRange_Refused()
    {
        Assert.Equal("MaxResumeAttempts", Assert.Throws<WhatsAppValidationException>(() => new UploadRequestOptions { MaxResumeAttempts = 11 }).Field);
        Assert.Equal("TransferTimeout", Assert.Throws<WhatsAppValidationException>(() => new UploadRequestOptions { TransferTimeout = TimeSpan.Zero }).Field);
        Assert.Equal("app_id", Assert.Throws<WhatsAppValidationException>(() => new UploadRequestOptions { AppId = "my-app" }).Field);
    }

    [Fact]
    public void AppIdOption_Malformed_FailsClientCreation()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => WhatsAppClient.Create(new WhatsAppOptions { AccessToken = "t", AppId = "abc" }));

        Assert.Equal("AppId", error.Field);
    }

    private static void Transfer(GraphServer graph, string? offset, int status, string body)
    {
        var request = Request.Create().WithPath(V + SessionPath).UsingPost();
        if (offset is not null)
        {
            request = request.WithHeader("file_offset", offset);
        }

        graph.Server.Given(request).RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
    }

    private static string Describe(WireMock.IRequestMessage request) => request.Method switch
    {
        "GET" => "GET",
        _ when request.Path.EndsWith("/uploads", StringComparison.Ordinal) => "POST app/uploads",
        _ => "POST " + request.Headers!["file_offset"].Single(),
    };

    /// <summary>A seekable file that cancels the upload once a part of it was read.</summary>
    private sealed class CancellingStream(byte[] bytes, CancellationTokenSource cancellation) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position > 0)
            {
                cancellation.Cancel();
            }

            return base.ReadAsync(buffer, cancellationToken);
        }
    }
}
