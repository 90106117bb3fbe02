using System.Security.Cryptography;
using CloudApi.Sdk.Media;
using CloudApi.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Media;

public sealed class MediaClientTests
{
    private const string Phone = GraphServer.PhoneNumberId;

    [Fact]
    public async Task UploadAsync_SeekableStream_PostsMultipartWithAllParts()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/media", """{"id":"1037543291543636"}""");
        var pdf = PatternStream.Bytes(200_000);

        var result = await graph.Client.Media.UploadAsync(new MemoryStream(pdf), "application/pdf", new MediaUploadOptions { FileName = "invoice 42.pdf" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("1037543291543636", result.Id);
        var request = graph.SingleRequest();
        Assert.Equal($"Bearer {GraphServer.Token}", request.Headers!["Authorization"].Single());
        var contentType = request.Headers["Content-Type"].Single();
        Assert.StartsWith("multipart/form-data", contentType, StringComparison.Ordinal);
        Assert.NotNull(request.Headers["Content-Length"].SingleOrDefault());
        var parts = Multipart.Parse(contentType, request.BodyAsBytes!);
        Assert.Equal(3, parts.Count);
        Assert.Equal("form-data; name=\"messaging_product\"", parts[0].Headers["Content-Disposition"]);
        Assert.Equal("whatsapp", parts[0].Text);
        Assert.Equal("form-data; name=\"type\"", parts[1].Headers["Content-Disposition"]);
        Assert.Equal("application/pdf", parts[1].Text);
        Assert.Equal("form-data; name=\"file\"; filename=\"invoice 42.pdf\"", parts[2].Headers["Content-Disposition"]);
        Assert.Equal("application/pdf", parts[2].Headers["Content-Type"]);
        Assert.Equal(pdf, parts[2].Body);
    }

    [Fact]
    public async Task UploadAsync_NonSeekableStream_IsStreamedWhole()
    {
        using var graph = new GraphServer().On("POST", "999/media", """{"id":"42"}""");
        var source = new PatternStream(300_000, seekable: false);

        await graph.Client.Media.UploadAsync(source, "image/png", options: new MediaUploadOptions { PhoneNumberId = "999" }, cancellationToken: TestContext.Current.CancellationToken);

        var request = graph.SingleRequest();
        var parts = Multipart.Parse(request.Headers!["Content-Type"].Single(), request.BodyAsBytes!);
        Assert.Equal("form-data; name=\"file\"; filename=\"file\"", parts[2].Headers["Content-Disposition"]);
        Assert.Equal(PatternStream.Bytes(300_000), parts[2].Body);
    }

    [Fact]
    public async Task UploadAsync_SeekableStreamOverKindLimit_RefusedBeforeSending()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/media", """{"id":"1"}""");
        var source = new PatternStream(MediaLimits.MaxImageBytes + 1, seekable: true);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Media.UploadAsync(source, "image/jpeg", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("file", error.Field);
        Assert.Equal((int)MediaLimits.MaxImageBytes, error.Limit);
        Assert.Equal(0, source.BytesRead);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task UploadAsync_NonSeekableStreamOverKindLimit_AbortedWhileStreaming()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/media", """{"id":"1"}""");
        var source = new PatternStream(MediaLimits.MaxStickerBytes * 4, seekable: false);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Media.UploadAsync(source, "image/webp", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("file", error.Field);
        Assert.Equal((int)MediaLimits.MaxStickerBytes, error.Limit);
        Assert.InRange(source.BytesRead, MediaLimits.MaxStickerBytes + 1, MediaLimits.MaxStickerBytes + 64 * 1024);
    }

    [Theory]
    [InlineData("image/gif")]
    [InlineData("application/zip")]
    [InlineData("video/quicktime")]
    public async Task UploadAsync_UnsupportedType_RefusedBeforeSending(string mimeType)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Media.UploadAsync(new MemoryStream([1, 2, 3]), mimeType, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("type", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("audio/ogg; codecs=opus", 16 * 1024 * 1024)]
    [InlineData("AUDIO/MPEG", 16 * 1024 * 1024)]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 100 * 1024 * 1024)]
    [InlineData("video/3gpp", 16 * 1024 * 1024)]
    [InlineData("image/webp", 500 * 1024)]
    public void MediaLimits_KnownTypes_HaveTheirKindLimit(string mimeType, long limit)
    {
        Assert.True(MediaLimits.TryGetLimit(mimeType, out _, out var max));
        Assert.Equal(limit, max);
    }

    [Fact]
    public async Task UploadAsync_GraphError_ThrowsApiException()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/media",
            """{"error":{"message":"(#131053) Media upload error","type":"OAuthException","code":131053,"error_data":{"messaging_product":"whatsapp","details":"Unsupported file type"},"fbtrace_id":"T"}}""", 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.Media.UploadAsync(new MemoryStream([1, 2, 3]), "text/plain", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(WhatsAppErrorCodes.MediaUploadError, error.ErrorCode);
        Assert.Equal("Unsupported file type", error.Error!.Details);
    }

    [Fact]
    public async Task GetAsync_ReadsUrlAndMetadata_FileSizeFromString()
    {
        using var graph = new GraphServer().On("GET", "1037543291543636",
            """{"messaging_product":"whatsapp","url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037","mime_type":"image/jpeg","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","file_size":"303833","id":"1037543291543636"}""");

        var media = await graph.Client.Media.GetAsync("1037543291543636", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("1037543291543636", new Uri("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037"), "image/jpeg",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 303833L), (media.Id, media.Url, media.MimeType, media.Sha256, media.FileSize));
        Assert.Equal(string.Empty, graph.SingleRequest().RawQuery ?? string.Empty);
    }

    [Fact]
    public async Task GetAsync_UnmodelledFieldsAndNumbersForStrings_KeptInRawJsonAndReadLeniently()
    {
        using var graph = new GraphServer().OnTraced("GET", "77",
            """{"messaging_product":"whatsapp","url":"https://x.com/m","mime_type":"image/png","file_size":42,"id":77,"new_field":{"x":[1]}}""", "trace-media");

        var media = await graph.Client.Media.GetAsync("77", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("77", 42L, (string?)null), (media.Id, media.FileSize, media.Sha256));
        Assert.Equal(1, media.RawJson.GetProperty("new_field").GetProperty("x")[0].GetInt32());
        Assert.Equal((200, "trace-media"), (media.Response!.StatusCode, media.Response.TraceId));
    }

    [Fact]
    public async Task GetAsync_AnswerWithoutUrl_TypedException()
    {
        using var graph = new GraphServer().On("GET", "77", """{"id":"77","mime_type":"image/png"}""");

        var error = await Assert.ThrowsAsync<WhatsAppException>(() => graph.Client.Media.GetAsync("77", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadAsync_Answer_KeepsJsonAndResponse()
    {
        using var graph = new GraphServer().OnTraced("POST", $"{Phone}/media", """{"id":1037543291543636,"h":"x"}""", "trace-upload");

        var result = await graph.Client.Media.UploadAsync(new MemoryStream([1, 2, 3]), "text/plain", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("1037543291543636", result.Id);
        Assert.Equal("x", result.RawJson.GetProperty("h").GetString());
        Assert.Equal("trace-upload", result.Response!.TraceId);
    }

    [Fact]
    public async Task UploadAsync_AnswerWithoutId_TypedException()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/media", """{"success":true}""");

        var error = await Assert.ThrowsAsync<WhatsAppException>(() =>
            graph.Client.Media.UploadAsync(new MemoryStream([1, 2, 3]), "text/plain", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("media id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadAsync_FileNameTooLong_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Media.UploadAsync(new MemoryStream([1, 2, 3]), "text/plain",
            new MediaUploadOptions { FileName = new string('a', MediaUploadOptions.MaxFileNameLength + 1) }, TestContext.Current.CancellationToken));

        Assert.Equal(("filename", MediaUploadOptions.MaxFileNameLength), (error.Field, error.Limit));
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void ModelFactory_MediaResults_CarryEveryValue()
    {
        var response = WhatsAppModelFactory.GraphResponse(200, [new("x-fb-trace-id", "T")]);
        var info = WhatsAppModelFactory.MediaInfo("5", new Uri("https://cdn.example.com/5"), "image/png", "ab", 10, response: response);
        var upload = WhatsAppModelFactory.MediaUploadResult("6");

        Assert.Equal(("5", "https://cdn.example.com/5", "image/png", "ab", 10L, "T"), (info.Id, info.Url.AbsoluteUri, info.MimeType, info.Sha256, info.FileSize, info.Response!.TraceId));
        Assert.Equal("6", upload.Id);
        Assert.Null(upload.Response);
        Assert.Equal(System.Text.Json.JsonValueKind.Undefined, upload.RawJson.ValueKind);
    }

    [Fact]
    public async Task GetAsync_PhoneNumberGiven_SendsPhoneNumberId()
    {
        using var graph = new GraphServer().On("GET", "77", """{"url":"https://x.com/m","mime_type":"image/png","sha256":"ab","file_size":"1","id":"77"}""");

        await graph.Client.Media.GetAsync("77", new MediaRequestOptions { PhoneNumberId = Phone }, TestContext.Current.CancellationToken);

        AssertQuery(graph.SingleRequest(), ("phone_number_id", Phone));
    }

    [Fact]
    public async Task DownloadAsync_StreamsFileWithToken_VerifiesSha256()
    {
        using var graph = new GraphServer();
        var file = PatternStream.Bytes(1_000_000);
        var media = ServeFile(graph, "55", file, Convert.ToHexString(SHA256.HashData(file)).ToLowerInvariant());
        var destination = new MemoryStream();

        var info = await graph.Client.Media.DownloadAsync("55", destination, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((media.Id, media.Url, media.Sha256, media.FileSize), (info.Id, info.Url, info.Sha256, info.FileSize));
        Assert.Equal(file, destination.ToArray());
        var download = graph.Requests.Select(r => r.RequestMessage!).Single(r => r.Path == "/cdn/55");
        Assert.Equal($"Bearer {GraphServer.Token}", download.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task DownloadAsync_Base64Sha256_Accepted()
    {
        using var graph = new GraphServer();
        var file = PatternStream.Bytes(10_000);
        var media = ServeFile(graph, "56", file, Convert.ToBase64String(SHA256.HashData(file)));

        await graph.Client.Media.DownloadAsync(media, Stream.Null, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task DownloadAsync_Sha256Mismatch_ThrowsIntegrityError()
    {
        using var graph = new GraphServer();
        var file = PatternStream.Bytes(100_000);
        var wrong = Convert.ToHexString(SHA256.HashData(file[1..])).ToLowerInvariant();
        var media = ServeFile(graph, "57", file, wrong);

        var error = await Assert.ThrowsAsync<MediaIntegrityException>(() => graph.Client.Media.DownloadAsync(media, new MemoryStream(), TestContext.Current.CancellationToken));

        Assert.Equal(("57", wrong, 100_000L), (error.MediaId, error.ExpectedSha256, error.ActualLength));
        Assert.Equal(Convert.ToHexString(SHA256.HashData(file)).ToLowerInvariant(), error.ActualSha256);
    }

    [Fact]
    public async Task DownloadAsync_TruncatedFile_ThrowsIntegrityError()
    {
        using var graph = new GraphServer();
        var file = PatternStream.Bytes(5_000);
        var served = ServeFile(graph, "58", file, Convert.ToHexString(SHA256.HashData(file)));
        var media = WhatsAppModelFactory.MediaInfo(served.Id, served.Url, served.MimeType, served.Sha256, fileSize: 6_000);

        var error = await Assert.ThrowsAsync<MediaIntegrityException>(() => graph.Client.Media.DownloadAsync(media, new MemoryStream(), TestContext.Current.CancellationToken));

        Assert.Equal((6_000L, 5_000L), (error.ExpectedLength, error.ActualLength));
    }

    [Fact]
    public async Task DownloadAsync_ExpiredUrl_ThrowsApiException()
    {
        using var graph = new GraphServer();
        graph.Server.Given(Request.Create().WithPath("/cdn/59").UsingGet()).RespondWith(Response.Create().WithStatusCode(404).WithBody("Not Found"));
        var media = WhatsAppModelFactory.MediaInfo("59", new Uri(graph.Server.Url + "/cdn/59"), "image/png");

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Media.DownloadAsync(media, new MemoryStream(), TestContext.Current.CancellationToken));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task DeleteAsync_DeletesMedia()
    {
        using var graph = new GraphServer().On("DELETE", "1037543291543636", """{"success":true}""");

        await graph.Client.Media.DeleteAsync("1037543291543636", new MediaRequestOptions { PhoneNumberId = Phone }, TestContext.Current.CancellationToken);

        Assert.Equal("DELETE", graph.SingleRequest().Method);
        AssertQuery(graph.SingleRequest(), ("phone_number_id", Phone));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1/2")]
    public async Task DeleteAsync_MalformedId_RefusedBeforeSending(string id)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Media.DeleteAsync(id, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("mediaId", error.Field);
        Assert.Empty(graph.Requests);
    }

    private static MediaInfo ServeFile(GraphServer graph, string id, byte[] file, string sha256)
    {
        var url = graph.Server.Url + "/cdn/" + id;
        graph.On("GET", id, $$"""{"messaging_product":"whatsapp","url":"{{url}}","mime_type":"application/pdf","sha256":"{{sha256}}","file_size":"{{file.Length}}","id":"{{id}}"}""");
        graph.Server.Given(Request.Create().WithPath("/cdn/" + id).UsingGet().WithHeader("Authorization", "Bearer " + GraphServer.Token))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/pdf").WithBody(file));
        return WhatsAppModelFactory.MediaInfo(id, new Uri(url), "application/pdf", sha256, file.Length);
    }
}
