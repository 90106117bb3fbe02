using System.Text.Json;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Tests.Templates;

public sealed class TemplateModelFactoryTests
{
    [Fact]
    public void MessageTemplate_EveryProperty_Set()
    {
        using var json = JsonDocument.Parse("""{"id":"7","sub_category":"ORDER_STATUS"}""");
        var response = WhatsAppModelFactory.GraphResponse(200, [new("x-fb-trace-id", "T-7")]);
        var score = WhatsAppModelFactory.TemplateQualityScore(TemplateQuality.Green, DateTimeOffset.FromUnixTimeSeconds(1758754645));

        var template = WhatsAppModelFactory.MessageTemplate("7", "order_update", "pt_BR", TemplateStatus.Rejected, TemplateCategory.Marketing,
            TemplateParameterFormat.Named, [new TemplateBody("Hi {{name}} ok")], score, TemplateRejectionReason.InvalidFormat, json.RootElement, response);

        Assert.Equal(("7", "order_update", "pt_BR"), (template.Id, template.Name, template.Language));
        Assert.Equal((TemplateStatus.Rejected, TemplateCategory.Marketing, TemplateParameterFormat.Named), (template.Status, template.Category, template.ParameterFormat));
        Assert.IsType<TemplateBody>(Assert.Single(template.Components));
        Assert.Same(score, template.QualityScore);
        Assert.Equal(TemplateQuality.Green, template.QualityScore!.Score);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1758754645), template.QualityScore.Date);
        Assert.Equal(TemplateRejectionReason.InvalidFormat, template.RejectedReason);
        Assert.Equal("ORDER_STATUS", template.RawJson.GetProperty("sub_category").GetString());
        Assert.Equal("T-7", template.Response!.TraceId);
    }

    [Fact]
    public void MessageTemplate_OnlyId_DefaultsAndNoJson()
    {
        var template = WhatsAppModelFactory.MessageTemplate("7");

        Assert.Equal((TemplateStatus.Approved, TemplateCategory.Utility), (template.Status, template.Category));
        Assert.Empty(template.Components);
        Assert.Null(template.QualityScore);
        Assert.Equal(JsonValueKind.Undefined, template.RawJson.ValueKind);
        Assert.Null(template.Response);
    }

    [Fact]
    public void CreateTemplateResult_EveryProperty_Set()
    {
        using var json = JsonDocument.Parse("""{"id":"9","status":"APPROVED","category":"AUTHENTICATION"}""");

        var result = WhatsAppModelFactory.CreateTemplateResult("9", TemplateStatus.Approved, TemplateCategory.Authentication, json.RootElement,
            WhatsAppModelFactory.GraphResponse(201));

        Assert.Equal(("9", TemplateStatus.Approved, TemplateCategory.Authentication), (result.Id, result.Status, result.Category));
        Assert.Equal("APPROVED", result.RawJson.GetProperty("status").GetString());
        Assert.Equal(201, result.Response!.StatusCode);
        Assert.Equal(TemplateStatus.Pending, WhatsAppModelFactory.CreateTemplateResult("10").Status);
    }

    [Fact]
    public async Task GraphPageable_FakeList_EnumeratesFactoryPages()
    {
        var fake = new FakeTemplates(
            WhatsAppModelFactory.GraphPage([WhatsAppModelFactory.MessageTemplate("1")], "next"),
            WhatsAppModelFactory.GraphPage([WhatsAppModelFactory.MessageTemplate("2")]));

        var ids = await fake.Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["1", "2"], ids);
    }

    private sealed class FakeTemplates(params GraphPage<MessageTemplate>[] pages) : GraphPageable<MessageTemplate>
    {
        public override async IAsyncEnumerable<GraphPage<MessageTemplate>> AsPages(
            string? continuationToken = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var page in pages)
            {
                await Task.Yield();
                yield return page;
            }
        }
    }
}
