using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Templates;

public sealed class TemplateValidationTests
{
    private static readonly TemplateBody ValidBody = new("Hello {{1}}, welcome.") { Examples = ["Ana"] };

    public static TheoryData<string, Func<CreateTemplateRequest>, string> Invalid => new()
    {
        { "upper-case name", () => Request("Hello", [ValidBody]), "name" },
        { "dash in name", () => Request("hello-world", [ValidBody]), "name" },
        { "name over 512", () => Request(new string('a', 513), [ValidBody]), "name" },
        { "no language", () => new CreateTemplateRequest("hello", "", TemplateCategory.Marketing, [ValidBody]), "language" },
        { "no components", () => Request("hello", []), "components" },
        { "no body", () => Request("hello", [new TemplateFooter("x")]), "components" },
        { "two bodies", () => Request("hello", [ValidBody, ValidBody]), "components" },
        { "header text over 60", () => Request("hello", [TemplateHeader.ForText(new string('h', 61)), ValidBody]), "components[0].text" },
        { "header with two variables", () => Request("hello", [new TemplateHeader(TemplateHeaderFormat.Text) { Text = "{{1}} and {{2}}", TextExamples = ["a", "b"] }, ValidBody]), "components[0].text" },
        { "header variable without example", () => Request("hello", [TemplateHeader.ForText("Order {{1}}"), ValidBody]), "components[0].example.header_text" },
        { "image header without handle", () => Request("hello", [new TemplateHeader(TemplateHeaderFormat.Image), ValidBody]), "components[0].example.header_handle" },
        { "body over 1024", () => Request("hello", [new TemplateBody(new string('b', 1025))]), "components[0].text" },
        { "body variable at start", () => Request("hello", [new TemplateBody("{{1}} is here") { Examples = ["Ana"] }]), "components[0].text" },
        { "body variable at end", () => Request("hello", [new TemplateBody("Hello {{1}}") { Examples = ["Ana"] }]), "components[0].text" },
        { "too few examples", () => Request("hello", [new TemplateBody("Hi {{1}} and {{2}} today") { Examples = ["Ana"] }]), "components[0].example.body_text" },
        { "too many examples", () => Request("hello", [new TemplateBody("Hi {{1}} today") { Examples = ["Ana", "Bo"] }]), "components[0].example.body_text" },
        { "examples without variables", () => Request("hello", [new TemplateBody("Hi today") { Examples = ["Ana"] }]), "components[0].example.body_text" },
        { "gap in numbering", () => Request("hello", [new TemplateBody("Hi {{1}} and {{3}} today") { Examples = ["a", "b"] }]), "components[0].text" },
        { "named variable in positional template", () => Request("hello", [new TemplateBody("Hi {{name}} today") { Examples = ["Ana"] }], TemplateParameterFormat.Positional), "components[0].text" },
        { "positional variable in named template", () => Request("hello", [new TemplateBody("Hi {{1}} today") { Examples = ["Ana"] }], TemplateParameterFormat.Named), "components[0].text" },
        { "named example missing", () => Request("hello", [new TemplateBody("Hi {{name}} on {{date}} ok") { NamedExamples = [new("name", "Ana")] }], TemplateParameterFormat.Named), "components[0].example.body_text_named_params" },
        { "named example misnamed", () => Request("hello", [new TemplateBody("Hi {{name}} ok") { NamedExamples = [new("nam", "Ana")] }], TemplateParameterFormat.Named), "components[0].example.body_text_named_params" },
        { "footer over 60", () => Request("hello", [ValidBody, new TemplateFooter(new string('f', 61))]), "components[1].text" },
        { "footer with variable", () => Request("hello", [ValidBody, new TemplateFooter("Bye {{1}}")]), "components[1].text" },
        { "code expiry over 90", () => Request("hello", [ValidBody, new TemplateFooter(null) { CodeExpirationMinutes = 91 }]), "components[1].code_expiration_minutes" },
        { "11 buttons", () => Request("hello", [ValidBody, new TemplateButtons(Enumerable.Range(0, 11).Select(i => (TemplateButton)new TemplateQuickReplyButton($"b{i}")).ToList())]), "components[1].buttons" },
        { "no buttons", () => Request("hello", [ValidBody, new TemplateButtons([])]), "components[1].buttons" },
        { "3 URL buttons", () => Request("hello", [ValidBody, new TemplateButtons([Url(), Url(), Url()])]), "components[1].buttons" },
        { "2 phone buttons", () => Request("hello", [ValidBody, new TemplateButtons([Phone(), Phone()])]), "components[1].buttons" },
        { "2 copy-code buttons", () => Request("hello", [ValidBody, new TemplateButtons([new TemplateCopyCodeButton("A"), new TemplateCopyCodeButton("B")])]), "components[1].buttons" },
        { "button text over 25", () => Request("hello", [ValidBody, new TemplateButtons([new TemplateQuickReplyButton(new string('q', 26))])]), "components[1].buttons[0].text" },
        { "copy code example over 15", () => Request("hello", [ValidBody, new TemplateButtons([new TemplateCopyCodeButton(new string('c', 16))])]), "components[1].buttons[0].example" },
        { "quick replies split", () => Request("hello", [ValidBody, new TemplateButtons([new TemplateQuickReplyButton("a"), Url(), new TemplateQuickReplyButton("b")])]), "components[1].buttons" },
        { "url variable without example", () => Request("hello", [ValidBody, new TemplateButtons([new TemplateUrlButton("Go", "https://x.com/{{1}}")])]), "components[1].buttons[0].example" },
        { "url variable in the middle", () => Request("hello", [ValidBody, new TemplateButtons([new TemplateUrlButton("Go", "https://x.com/{{1}}/x", "a")])]), "components[1].buttons[0].url" },
        { "relative url", () => Request("hello", [ValidBody, new TemplateButtons([new TemplateUrlButton("Go", "/path")])]), "components[1].buttons[0].url" },
        { "phone over 20", () => Request("hello", [ValidBody, new TemplateButtons([new TemplatePhoneNumberButton("Call", "+" + new string('1', 20))])]), "components[1].buttons[0].phone_number" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task CreateAsync_BreaksMetaRule_RefusedBeforeSending(string rule, Func<CreateTemplateRequest> request, string field)
    {
        using var graph = new GraphServer().Answer(200, """{"id":"1","status":"PENDING","category":"UTILITY"}""");

        // Some rules are checked when the request is built, the rest when it is sent: both before any request.
        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Templates.CreateAsync(request(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.True(field == error.Field, $"{rule}: expected field {field}, got {error.Field}: {error.Message}");
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task CreateAsync_LimitsExactlyReached_IsSent()
    {
        using var graph = new GraphServer().Answer(200, """{"id":"1","status":"PENDING","category":"MARKETING"}""");
        TemplateButton[] buttons =
        [
            new TemplateQuickReplyButton(new string('q', 25)), new TemplateQuickReplyButton("b"), new TemplateQuickReplyButton("c"),
            new TemplateQuickReplyButton("d"), new TemplateQuickReplyButton("e"), new TemplateQuickReplyButton("f"),
            Url(), new TemplateUrlButton("Track", "https://x.com/t/{{1}}", "A-1"), Phone(), new TemplateCopyCodeButton(new string('C', 15)),
        ];

        await graph.Client.Templates.CreateAsync(Request(new string('a', 512),
        [
            TemplateHeader.ForText(new string('h', 60)),
            new TemplateBody("x" + new string('b', 1022) + "y"),
            new TemplateFooter(new string('f', 60)),
            new TemplateButtons(buttons),
        ]), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Single(graph.Requests);
    }

    [Fact]
    public void Validation_ReportsLimit()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() =>
            TemplateValidator.ValidateCreate(Request("hello", [new TemplateBody(new string('b', 1025))])));

        Assert.Equal(1024, error.Limit);
        Assert.Contains("1024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_EditInfersNamedFormatFromVariables()
    {
        TemplateValidator.ValidateEdit(new EditTemplateRequest { Components = [new TemplateBody("Hi {{name}} ok") { NamedExamples = [new("name", "Ana")] }] });

        var error = Assert.Throws<WhatsAppValidationException>(() =>
            TemplateValidator.ValidateEdit(new EditTemplateRequest { Components = [new TemplateBody("Hi {{name}} ok") { Examples = ["Ana"] }] }));
        Assert.Equal("components[0].example.body_text_named_params", error.Field);
    }

    private static CreateTemplateRequest Request(string name, IReadOnlyList<TemplateDefinitionComponent> components, TemplateParameterFormat? format = null) =>
        new(name, "en_US", TemplateCategory.Marketing, components) { ParameterFormat = format };

    private static TemplateUrlButton Url() => new("Visit", "https://example.com/shop");

    private static TemplatePhoneNumberButton Phone() => new("Call", "+15550051310");
}
