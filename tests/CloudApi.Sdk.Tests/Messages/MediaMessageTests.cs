using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

public sealed class MediaMessageTests
{
    [Fact]
    public Task SendAsync_ImageById_PostsIdAndCaption() =>
        SentMessage.AssertBodyAsync(new ImageMessage(MediaSource.FromId("1479537139650973")) { Caption = "Our menu" }, "image",
            """{"image":{"id":"1479537139650973","caption":"Our menu"}}""");

    [Fact]
    public Task SendAsync_VideoByLink_PostsLinkAndCaption() =>
        SentMessage.AssertBodyAsync(new VideoMessage(MediaSource.FromLink(new Uri("https://host/v.mp4"))) { Caption = "Watch" }, "video",
            """{"video":{"link":"https://host/v.mp4","caption":"Watch"}}""");

    [Fact]
    public Task SendAsync_DocumentWithFilename_PostsCaptionAndFilename() =>
        SentMessage.AssertBodyAsync(new DocumentMessage(MediaSource.FromId("998877")) { Caption = "Your invoice", Filename = "invoice.pdf" }, "document",
            """{"document":{"id":"998877","caption":"Your invoice","filename":"invoice.pdf"}}""");

    [Fact]
    public Task SendAsync_DocumentByLinkText_PostsEscapedLink() =>
        SentMessage.AssertBodyAsync(new DocumentMessage(MediaSource.FromLink("https://host/files/annual report.pdf?v=2")), "document",
            """{"document":{"link":"https://host/files/annual%20report.pdf?v=2"}}""");

    [Theory]
    [InlineData("https://x.com?a=1")]
    [InlineData("https://X.com:443/a/../b.jpg?q=%7e")]
    [InlineData("https://x.com/a.jpg#frag")]
    public Task SendAsync_LinkGivenAsUriOrText_SentExactlyAsGiven(string link) =>
        Task.WhenAll(
            SentMessage.AssertBodyAsync(new ImageMessage(MediaSource.FromLink(new Uri(link))), "image", $$$"""{"image":{"link":"{{{link}}}"}}"""),
            SentMessage.AssertBodyAsync(new ImageMessage(MediaSource.FromLink(link)), "image", $$$"""{"image":{"link":"{{{link}}}"}}"""));

    [Fact]
    public Task SendAsync_VoiceNote_PostsVoiceTrue() =>
        SentMessage.AssertBodyAsync(new AudioMessage(MediaSource.FromId("4455")) { Voice = true }, "audio",
            """{"audio":{"id":"4455","voice":true}}""");

    [Fact]
    public Task SendAsync_AudioFile_OmitsVoice() =>
        SentMessage.AssertBodyAsync(new AudioMessage(MediaSource.FromLink(new Uri("http://host/a.mp3"))), "audio",
            """{"audio":{"link":"http://host/a.mp3"}}""");

    [Fact]
    public Task SendAsync_Sticker_PostsIdOnly() =>
        SentMessage.AssertBodyAsync(new StickerMessage(MediaSource.FromId("7788")), "sticker", """{"sticker":{"id":"7788"}}""");

    [Fact]
    public Task SendAsync_ImageAsReply_PostsContext() =>
        SentMessage.AssertBodyAsync(new ImageMessage(MediaSource.FromId("1")), "image",
            """{"context":{"message_id":"wamid.ORIG"},"image":{"id":"1"}}""",
            new SendMessageOptions { ReplyToMessageId = "wamid.ORIG" });

    [Theory]
    [InlineData("/relative/a.jpg")]
    [InlineData("a.jpg")]
    [InlineData("ftp://host/a.jpg")]
    [InlineData("file:///etc/passwd")]
    [InlineData("mailto:a@x.com")]
    public async Task FromLink_NotAbsoluteHttp_RefusedAndNothingSent(string link)
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendAsync(SentMessage.To, new ImageMessage(MediaSource.FromLink(new Uri(link, UriKind.RelativeOrAbsolute))),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("link", error.Field);
        Assert.Contains("absolute http or https", error.Message, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("ftp://host/a.jpg")]
    [InlineData("not a uri at all")]
    [InlineData("")]
    public void FromLinkText_NotAbsoluteHttp_Refused(string link)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => MediaSource.FromLink(link));
        Assert.Equal("link", error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 123")]
    public void FromId_EmptyOrPadded_Refused(string id)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => MediaSource.FromId(id));
        Assert.Equal("id", error.Field);
    }

    [Fact]
    public void MediaSource_FromLink_KeepsUriAndNoId()
    {
        var source = MediaSource.FromLink(new Uri("https://host/a.png"));

        Assert.Null(source.Id);
        Assert.Equal(new Uri("https://host/a.png"), source.Link);
        Assert.Equal(source.Link, MediaSource.FromLink("https://host/a.png").Link);
    }
}
