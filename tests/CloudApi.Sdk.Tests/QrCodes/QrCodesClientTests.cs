using CloudApi.Sdk.QrCodes;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.QrCodes;

public sealed class QrCodesClientTests
{
    private const string Phone = GraphServer.PhoneNumberId;

    [Fact]
    public async Task CreateAsync_WithSvgImage_PostsMessageAndFormatAndReadsTheCode()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/message_qrdls",
            """{"code":"ANED2T5QRU7HG1","prefilled_message":"Hi! I'm interested in your products.","deep_link_url":"https://wa.me/message/ANED2T5QRU7HG1","qr_image_url":"https://scontent.xx.fbcdn.net/qr.svg"}""");

        var code = await graph.Client.QrCodes.CreateAsync(new CreateQrCodeRequest("Hi! I'm interested in your products.") { ImageFormat = QrImageFormat.Svg },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("ANED2T5QRU7HG1", "https://wa.me/message/ANED2T5QRU7HG1", "https://scontent.xx.fbcdn.net/qr.svg"),
            (code.Code, code.DeepLinkUrl!.AbsoluteUri, code.QrImageUrl!.AbsoluteUri));
        JsonAssert.Equal("""{"prefilled_message":"Hi! I'm interested in your products.","generate_qr_image":"SVG"}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task UpdateAsync_ExistingCode_PostsCodeAndMessage()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/message_qrdls",
            """{"code":"WOMVT6TJ2BP7A1","prefilled_message":"New offers?","deep_link_url":"https://wa.me/message/WOMVT6TJ2BP7A1"}""");

        var code = await graph.Client.QrCodes.UpdateAsync("WOMVT6TJ2BP7A1", "New offers?", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("New offers?", code.PrefilledMessage);
        JsonAssert.Equal("""{"code":"WOMVT6TJ2BP7A1","prefilled_message":"New offers?"}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task GetAsync_AnsweredAsDataList_ReadsTheFirstCodeWithImageFormatField()
    {
        using var graph = new GraphServer().On("GET", $"{Phone}/message_qrdls/ANED2T5QRU7HG1",
            """{"data":[{"code":"ANED2T5QRU7HG1","prefilled_message":"Show me Cyber Monday deals!","deep_link_url":"https://wa.me/message/ANED2T5QRU7HG1","creation_time":1672531200}]}""");

        var code = await graph.Client.QrCodes.GetAsync("ANED2T5QRU7HG1", new QrCodeRequestOptions { ImageFormat = QrImageFormat.Png }, TestContext.Current.CancellationToken);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1672531200), code.CreatedTime);
        Assert.Equal("ANED2T5QRU7HG1", code.RawJson.GetProperty("code").GetString());
        AssertQuery(graph.SingleRequest(), ("fields", "code,prefilled_message,deep_link_url,creation_time,qr_image_url.format(PNG)"));
    }

    [Fact]
    public async Task ListAsync_PageSize_FollowsCursors()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Phone}/message_qrdls", """{"data":[{"code":"5QBPAD2DC6L5A1","prefilled_message":"a","deep_link_url":"https://wa.me/message/5QBPAD2DC6L5A1"}],"paging":{"cursors":{"after":"c1"},"next":"https://x"}}""", after: "")
            .On("GET", $"{Phone}/message_qrdls", """{"data":[]}""", after: "c1");

        var codes = await graph.Client.QrCodes.ListAsync(new QrCodeListOptions { PageSize = 25 }, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal("5QBPAD2DC6L5A1", Assert.Single(codes).Code);
        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task DeleteAsync_Code_SendsDelete()
    {
        using var graph = new GraphServer().On("DELETE", $"{Phone}/message_qrdls/ANED2T5QRU7HG1", """{"success":true}""");

        await graph.Client.QrCodes.DeleteAsync("ANED2T5QRU7HG1", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("DELETE", graph.SingleRequest().Method);
    }

    [Fact]
    public void CreateQrCodeRequest_MessageOver140_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new CreateQrCodeRequest(new string('a', 141)));

        Assert.Equal(("prefilled_message", 140), (error.Field, error.Limit));
    }

    [Fact]
    public async Task GetAsync_MalformedCode_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.QrCodes.GetAsync("../x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("code", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void ListOptions_PageSizeOver25_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new QrCodeListOptions { PageSize = 26 });

        Assert.Equal("limit", error.Field);
    }
}
