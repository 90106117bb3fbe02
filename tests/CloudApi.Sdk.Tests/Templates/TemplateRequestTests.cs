using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Tests.Templates;

/// <summary>The request types check their own values when they are built.</summary>
public sealed class TemplateRequestTests
{
    [Theory]
    [InlineData("Hello", "en_US", "name")]
    [InlineData("hello", "en US", "language")]
    [InlineData("hello", "", "language")]
    public void CreateTemplateRequest_MalformedValue_RefusedOnConstruction(string name, string language, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() =>
            new CreateTemplateRequest(name, language, TemplateCategory.Marketing, [new TemplateBody("Hello there")]));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void CreateTemplateRequest_NullComponent_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() =>
            new CreateTemplateRequest("hello", "en_US", TemplateCategory.Marketing, [new TemplateBody("Hello there"), null!]));

        Assert.Equal("components[1]", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2_592_001)]
    public void MessageSendTtlSeconds_OutOfRange_Refused(int seconds)
    {
        var create = Assert.Throws<WhatsAppValidationException>(() =>
            new CreateTemplateRequest("hello", "en_US", TemplateCategory.Marketing, [new TemplateBody("Hello there")]) { MessageSendTtlSeconds = seconds });
        var edit = Assert.Throws<WhatsAppValidationException>(() => new EditTemplateRequest { MessageSendTtlSeconds = seconds });

        Assert.Equal("message_send_ttl_seconds", create.Field);
        Assert.Equal("message_send_ttl_seconds", edit.Field);
    }

    [Fact]
    public void Definitions_MissingRequiredValue_Refused()
    {
        Assert.Equal("text", Assert.Throws<WhatsAppValidationException>(() => new TemplateQuickReplyButton(null!)).Field);
        Assert.Equal("url", Assert.Throws<WhatsAppValidationException>(() => new TemplateUrlButton("Go", null!)).Field);
        Assert.Equal("otp_type", Assert.Throws<WhatsAppValidationException>(() => new TemplateOtpButton(default)).Field);
        Assert.Equal("format", Assert.Throws<WhatsAppValidationException>(() => new TemplateHeader(default)).Field);
        Assert.Equal("buttons[0]", Assert.Throws<WhatsAppValidationException>(() => new TemplateButtons([null!])).Field);
        Assert.Equal("example.body_text[0]", Assert.Throws<WhatsAppValidationException>(() => new TemplateBody("Hi {{1}} ok") { Examples = [null!] }).Field);
    }
}
