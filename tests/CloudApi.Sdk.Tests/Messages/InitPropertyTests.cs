using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>Optional values are init properties that check their value when set, including through <c>with</c> on records.</summary>
public sealed class InitPropertyTests
{
    [Fact]
    public void InitProperty_InvalidValue_RefusedWhenSet()
    {
        Assert.Equal("location.name", Assert.Throws<WhatsAppValidationException>(() => new LocationMessage(0, 0) { Name = "" }).Field);
        Assert.Equal("document.filename", Assert.Throws<WhatsAppValidationException>(() => new DocumentMessage(MediaSource.FromId("1")) { Filename = " " }).Field);
        Assert.Equal("contacts.phones.wa_id", Assert.Throws<WhatsAppValidationException>(() => new ContactPhone("+1 650") { WaId = "" }).Field);
        Assert.Equal("contacts.phones", Assert.Throws<WhatsAppValidationException>(() => new Contact(new ContactName("Ana")) { Phones = [null!] }).Field);
        Assert.Equal("interactive.action.parameters.flow_token",
            Assert.Throws<WhatsAppValidationException>(() => new InteractiveFlowMessage("Hi", FlowReference.FromId("1"), "Open") { FlowToken = "" }).Field);
        Assert.Equal("template.language.policy", Assert.Throws<WhatsAppValidationException>(() => new TemplateMessage("t", "en") { LanguagePolicy = "Deterministic" }).Field);
    }

    [Fact]
    public void InitProperties_NestedParts_CheckTheirValue()
    {
        Assert.Equal("interactive.action.sections.rows.description",
            Assert.Throws<WhatsAppValidationException>(() => new ListRow("a", "A") { Description = new string('x', 73) }).Field);
        Assert.Equal("contacts.name.first_name", Assert.Throws<WhatsAppValidationException>(() => new ContactName("Ana") { FirstName = "" }).Field);
        Assert.Equal("B", new ListRow("a", "A") { Description = "B" }.Description);
    }

    [Fact]
    public void TemplateMediaParameter_FilenameOnAnImage_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new TemplateMediaParameter(TemplateMediaParameter.ImageType, MediaSource.FromId("1")) { Filename = "a.jpg" });

        Assert.Equal("template.components.parameters.document.filename", error.Field);
        Assert.Equal("r.pdf", TemplateParameter.Document(MediaSource.FromId("1"), "r.pdf").Filename);
    }

    [Theory]
    [InlineData(0, 12, "template.components.parameters.date_time.day_of_week")]
    [InlineData(8, 12, "template.components.parameters.date_time.day_of_week")]
    [InlineData(1, 13, "template.components.parameters.date_time.month")]
    [InlineData(7, 0, "template.components.parameters.date_time.month")]
    public void TemplateDateTimeParameter_PartOutOfRange_Refused(int dayOfWeek, int month, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new TemplateDateTimeParameter("Feb 25") { DayOfWeek = dayOfWeek, Month = month });

        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData(23, 59, null)]
    [InlineData(24, 0, "template.components.parameters.date_time.hour")]
    [InlineData(0, 60, "template.components.parameters.date_time.minute")]
    public void TemplateDateTimeParameter_TimeAtAndPastItsLimit_AcceptedThenRefused(int hour, int minute, string? field)
    {
        var error = Record.Exception(() => new TemplateDateTimeParameter("3:33 PM") { Hour = hour, Minute = minute });

        Assert.Equal(field, (error as WhatsAppValidationException)?.Field);
    }

    [Fact]
    public Task SendAsync_TemplateButtonOfAnyKind_PostsSubTypeIndexAndParameters() =>
        SentMessage.AssertBodyAsync(
            new TemplateMessage("reminder", "en_US", TemplateComponent.Button("voice_call", 2, TemplateParameter.Payload("CALL"), TemplateParameter.Text("x"))),
            "template",
            """
            {"template":{"name":"reminder","language":{"code":"en_US"},"components":[
              {"type":"button","sub_type":"voice_call","index":"2","parameters":[{"type":"payload","payload":"CALL"},{"type":"text","text":"x"}]}]}}
            """);

    [Theory]
    [InlineData("QUICK_REPLY")]
    [InlineData("")]
    [InlineData("quick-reply")]
    public void TemplateComponentButton_MalformedSubType_Refused(string subType)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => TemplateComponent.Button(subType, 0, TemplateParameter.Payload("x")));

        Assert.Equal("template.components.sub_type", error.Field);
    }
}
