using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Templates;

public sealed class TemplateDefinitionCacheTests
{
    private const string Waba = GraphServer.BusinessAccountId;

    // The name filter matches loosely: the cache must pick the exact name and language from the page.
    private const string Definitions =
        """
        {"data":[
          {"name":"order_update_v2","components":[{"type":"BODY","text":"Other {{1}} x"}],"language":"en_US","status":"APPROVED","category":"UTILITY","id":"9"},
          {"name":"order_update","parameter_format":"POSITIONAL","components":[
             {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW"]}},
             {"type":"BODY","text":"Hi {{1}}, order {{2}} shipped.","example":{"body_text":[["Ana","A-1"]]}},
             {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Stop"},{"type":"URL","text":"Track","url":"https://x.com/t/{{1}}","example":["A-1"]},{"type":"PHONE_NUMBER","text":"Call","phone_number":"+15550051310"},{"type":"COPY_CODE","example":["25OFF"]}]}],
           "language":"en_US","status":"APPROVED","category":"UTILITY","id":"1001"}]}
        """;

    private const string NamedDefinition =
        """
        {"data":[{"name":"table_for","parameter_format":"NAMED","components":[
            {"type":"HEADER","format":"TEXT","text":"For {{first_name}}","example":{"header_text_named_params":[{"param_name":"first_name","example":"Ana"}]}},
            {"type":"BODY","text":"Table for {{guests}} on {{date}}.","example":{"body_text_named_params":[{"param_name":"guests","example":"4"},{"param_name":"date","example":"Aug 30"}]}}],
          "language":"pt_BR","status":"APPROVED","category":"UTILITY","id":"1003"}]}
        """;

    private static readonly TemplateParameterSet Matching = new()
    {
        Header = new TemplateComponentParameters(1),
        Body = new TemplateComponentParameters(2),
        Buttons = new Dictionary<int, int> { [1] = 1, [3] = 1 },
    };

    [Fact]
    public async Task ValidateAsync_MatchingParameters_FetchesOnceByNameAndLanguage()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates", Definitions);
        var cache = new TemplateDefinitionCache(graph.Client.Templates);

        await cache.ValidateAsync("order_update", "en_US", Matching, TestContext.Current.CancellationToken);
        await cache.ValidateAsync("order_update", "en_US", Matching, TestContext.Current.CancellationToken);

        var request = graph.SingleRequest();
        var query = QueryOf(request);
        Assert.Equal(("order_update", "en_US"), (query["name"], query["language"]));
    }

    [Fact]
    public async Task GetAsync_ConcurrentLookups_ShareOneRequest()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates", Definitions);
        var cache = new TemplateDefinitionCache(graph.Client.Templates);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => cache.GetAsync("order_update", "en_US", TestContext.Current.CancellationToken)));

        Assert.All(results, t => Assert.Equal("1001", t!.Id));
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task GetAsync_AfterTimeToLive_FetchesAgain()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates", Definitions);
        var time = new FakeTimeProvider();
        var cache = new TemplateDefinitionCache(graph.Client.Templates, new TemplateDefinitionCacheOptions { TimeToLive = TimeSpan.FromMinutes(5) }, time);

        await cache.GetAsync("order_update", "en_US", TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(4));
        await cache.GetAsync("order_update", "en_US", TestContext.Current.CancellationToken);
        Assert.Single(graph.Requests);

        time.Advance(TimeSpan.FromMinutes(1));
        await cache.GetAsync("order_update", "en_US", TestContext.Current.CancellationToken);
        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task Invalidate_ForgetsDefinition()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates", Definitions);
        var cache = new TemplateDefinitionCache(graph.Client.Templates);

        await cache.GetAsync("order_update", "en_US", TestContext.Current.CancellationToken);
        cache.Invalidate("order_update", "en_US");
        await cache.GetAsync("order_update", "en_US", TestContext.Current.CancellationToken);

        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_FailedFetch_IsNotCached()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates", GraphErrorBody, 400);
        var cache = new TemplateDefinitionCache(graph.Client.Templates);

        await Assert.ThrowsAsync<WhatsAppApiException>(() => cache.GetAsync("order_update", "en_US", TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<WhatsAppApiException>(() => cache.GetAsync("order_update", "en_US", TestContext.Current.CancellationToken));

        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task ValidateAsync_UnknownTemplate_ExplainsLike132001()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates", Definitions);
        var cache = new TemplateDefinitionCache(graph.Client.Templates);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            cache.ValidateAsync("order_update", "de_DE", Matching, TestContext.Current.CancellationToken));

        Assert.Equal("template.name", error.Field);
        Assert.Contains("132001", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, TemplateParameterSet, string, string> Mismatches => new()
    {
        { "body count", Matching with { Body = new TemplateComponentParameters(1) }, "template.components.body", "has 2 body parameter(s) ({{1}}, {{2}}); the message gives 1" },
        { "named body for positional", Matching with { Body = new TemplateComponentParameters(["a", "b"]) }, "template.components.body", "positional" },
        { "missing media header", Matching with { Header = null }, "template.components.header", "IMAGE header, which takes exactly 1 parameter" },
        { "missing url suffix", Matching with { Buttons = new Dictionary<int, int> { [3] = 1 } }, "template.components.button[1]", "button 1 (URL) takes exactly 1 parameter" },
        { "parameter for phone button", Matching with { Buttons = new Dictionary<int, int> { [1] = 1, [2] = 1, [3] = 1 } }, "template.components.button[2]", "takes no parameters" },
        { "button index out of range", Matching with { Buttons = new Dictionary<int, int> { [1] = 1, [3] = 1, [7] = 1 } }, "template.components.button[7]", "has 4 button(s)" },
        { "missing coupon code", Matching with { Buttons = new Dictionary<int, int> { [1] = 1 } }, "template.components.button[3]", "COPY_CODE" },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public async Task ValidateAsync_Mismatch_RefusedWithDescription(string mismatch, TemplateParameterSet parameters, string field, string description)
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates", Definitions);
        var cache = new TemplateDefinitionCache(graph.Client.Templates);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            cache.ValidateAsync("order_update", "en_US", parameters, TestContext.Current.CancellationToken));

        Assert.True(field == error.Field, $"{mismatch}: field {error.Field}");
        Assert.Contains(description, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_NamedParameters_ChecksNames()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates", NamedDefinition);
        var cache = new TemplateDefinitionCache(graph.Client.Templates);
        var good = new TemplateParameterSet { Header = new(["first_name"]), Body = new(["date", "guests"]) };

        await cache.ValidateAsync("table_for", "pt_BR", good, TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            cache.ValidateAsync("table_for", "pt_BR", good with { Body = new(["guests", "day"]) }, TestContext.Current.CancellationToken));
        var positional = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            cache.ValidateAsync("table_for", "pt_BR", good with { Body = new(2) }, TestContext.Current.CancellationToken));

        Assert.Equal("template.components.body", error.Field);
        Assert.Contains("missing {{date}}; unknown {{day}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("parameter_name", positional.Message, StringComparison.Ordinal);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public void Validate_NotApproved_Refused()
    {
        var template = WhatsAppModelFactory.MessageTemplate("1002", "promo", "en_US", TemplateStatus.Paused, TemplateCategory.Marketing,
            components: [new TemplateBody("Sale today")]);

        var error = Assert.Throws<WhatsAppValidationException>(() => TemplateDefinitionCache.Validate(template, TemplateParameterSet.Empty));

        Assert.Contains("PAUSED", error.Message, StringComparison.Ordinal);
        var approved = WhatsAppModelFactory.MessageTemplate("1002", "promo", "en_US", TemplateStatus.Approved, TemplateCategory.Marketing,
            components: [new TemplateBody("Sale today")]);
        TemplateDefinitionCache.Validate(approved, TemplateParameterSet.Empty);
    }

    [Fact]
    public void Validate_ParametersForTemplateWithoutVariables_Refused()
    {
        var template = WhatsAppModelFactory.MessageTemplate("1005", "hello", "en_US", TemplateStatus.Approved, components: [new TemplateBody("Hello there")]);

        var error = Assert.Throws<WhatsAppValidationException>(() =>
            TemplateDefinitionCache.Validate(template, new TemplateParameterSet { Body = new(1) }));

        Assert.Equal(0, error.Limit);
    }
}
