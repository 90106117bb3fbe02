using System.Text.Json;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Templates;

/// <summary>What a template read keeps: its JSON, its response, Meta's loose typing, and the components the SDK does not type.</summary>
public sealed class TemplateReadTests
{
    private const string Waba = GraphServer.BusinessAccountId;

    private const string Template =
        """
        {"id":"1001","name":"order_update","language":"en_US","status":"APPROVED","category":"UTILITY","sub_category":"ORDER_STATUS",
         "cta_url_link_tracking_opted_out":true,
         "components":[{"type":"BODY","text":"Hi {{1}}, order shipped.","example":{"body_text":[["Ana"]]},"new_body_field":1}]}
        """;

    private static string PageOf(string id, string? after)
    {
        var next = after is null ? string.Empty : $",\"next\":\"https://graph.facebook.com/v26.0/{Waba}/message_templates?after={after}\"";
        return "{\"data\":[{\"id\":\"" + id + "\",\"name\":\"t" + id + "\",\"language\":\"en_US\",\"status\":\"APPROVED\",\"category\":\"UTILITY\",\"components\":[]}]," +
            "\"paging\":{\"cursors\":{\"before\":\"b\",\"after\":\"" + (after ?? "last") + "\"}" + next + "}}";
    }

    [Fact]
    public async Task GetAsync_FieldsTheSdkDoesNotModel_KeptInRawJson()
    {
        using var graph = new GraphServer().On("GET", "1001", Template);

        var template = await graph.Client.Templates.GetAsync("1001", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("ORDER_STATUS", template.RawJson.GetProperty("sub_category").GetString());
        Assert.True(template.RawJson.GetProperty("cta_url_link_tracking_opted_out").GetBoolean());
        Assert.Equal(1, template.RawJson.GetProperty("components")[0].GetProperty("new_body_field").GetInt32());
        Assert.Equal("Hi {{1}}, order shipped.", Assert.IsType<TemplateBody>(Assert.Single(template.Components)).Text);
    }

    [Fact]
    public async Task GetAsync_Response_CarriesStatusAndTraceId()
    {
        using var graph = new GraphServer().On("GET", "1001", Template, traceId: "AbC123xYz");

        var template = await graph.Client.Templates.GetAsync("1001", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(200, template.Response!.StatusCode);
        Assert.Equal("AbC123xYz", template.Response.TraceId);
    }

    [Fact]
    public async Task CreateAsync_Result_KeepsJsonAndTraceId()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/message_templates",
            """{"id":594425479261596,"status":"PENDING","category":"MARKETING","extra":"x"}""", traceId: "T-1");

        var created = await graph.Client.Templates.CreateAsync(
            new CreateTemplateRequest("hello", "en_US", TemplateCategory.Marketing, [new TemplateBody("Hello there")]),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("594425479261596", created.Id);
        Assert.Equal("x", created.RawJson.GetProperty("extra").GetString());
        Assert.Equal("T-1", created.Response!.TraceId);
    }

    [Fact]
    public async Task GetAsync_AdditionalFields_AskedAfterTheModelledOnes()
    {
        using var graph = new GraphServer().On("GET", "1001", Template);

        await graph.Client.Templates.GetAsync("1001", new TemplateRequestOptions { AdditionalFields = ["sub_category", "cta_url_link_tracking_opted_out"] },
            TestContext.Current.CancellationToken);

        Assert.Equal(
            "id,name,status,category,language,components,parameter_format,quality_score,rejected_reason,sub_category,cta_url_link_tracking_opted_out",
            QueryOf(graph.SingleRequest())["fields"]);
    }

    [Fact]
    public async Task ListAsync_AdditionalFields_AskedAfterTheModelledOnes()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates", """{"data":[]}""");

        await graph.Client.Templates.ListAsync(new TemplateListOptions { AdditionalFields = ["sub_category"] }, TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.EndsWith(",rejected_reason,sub_category", QueryOf(graph.SingleRequest())["fields"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sub_category{x}")]
    [InlineData("a,b")]
    public async Task GetAsync_MalformedAdditionalField_RefusedBeforeSending(string field)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Templates.GetAsync("1001", new TemplateRequestOptions { AdditionalFields = [field] }, TestContext.Current.CancellationToken));

        Assert.Equal("fields[0]", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task ListAsync_EachItem_KeepsItsOwnJsonAndThePageResponse()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/message_templates",
            """
            {"data":[{"id":"1","name":"a","language":"en_US","status":"APPROVED","category":"UTILITY","components":[],"mine":"first"},
                     {"id":"2","name":"b","language":"en_US","status":"APPROVED","category":"UTILITY","components":[],"mine":"second"}],
             "paging":{"cursors":{"before":"b","after":"a"}}}
            """, traceId: "PAGE-1");

        var all = await graph.Client.Templates.ListAsync(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["first", "second"], all.Select(t => t.RawJson.GetProperty("mine").GetString()));
        Assert.All(all, t => Assert.False(t.RawJson.TryGetProperty("paging", out _)));
        Assert.All(all, t => Assert.Equal("PAGE-1", t.Response!.TraceId));
    }

    [Fact]
    public async Task AsPages_ContinuationToken_ResumesAtThePageAfterIt()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/message_templates", PageOf("1", "c1"), after: "")
            .On("GET", $"{Waba}/message_templates", PageOf("2", "c2"), after: "c1")
            .On("GET", $"{Waba}/message_templates", PageOf("3", null), after: "c2");
        var list = graph.Client.Templates.ListAsync(new TemplateListOptions { PageSize = 1 }, TestContext.Current.CancellationToken);

        string? token = null;
        await foreach (var page in list.AsPages(cancellationToken: TestContext.Current.CancellationToken))
        {
            Assert.Equal("1", Assert.Single(page.Values).Id);
            token = page.ContinuationToken;
            break;
        }

        var resumed = new List<GraphPage<MessageTemplate>>();
        await foreach (var page in list.AsPages(token, TestContext.Current.CancellationToken))
        {
            resumed.Add(page);
        }

        Assert.Equal("c1", token);
        Assert.Equal(["2", "3"], resumed.Select(p => Assert.Single(p.Values).Id));
        Assert.Equal(["c2", null], resumed.Select(p => p.ContinuationToken));
        var after = graph.Requests.Select(r => QueryOf(r.RequestMessage!).GetValueOrDefault("after")).ToList();
        Assert.Equal([null, "c1", "c2"], after);
        Assert.All(graph.Requests, r => Assert.Equal("1", QueryOf(r.RequestMessage!)["limit"]));
    }

    [Fact]
    public async Task GetAsync_LooseTypes_ReadLeniently()
    {
        using var graph = new GraphServer().On("GET", "1004",
            """
            {"id":1004,"name":"otp","language":"en_US","status":"APPROVED","category":"AUTHENTICATION",
             "quality_score":{"score":"GREEN","date":"1758754645"},
             "components":[{"type":"BODY","add_security_recommendation":true},{"type":"FOOTER","code_expiration_minutes":"10"}]}
            """);

        var template = await graph.Client.Templates.GetAsync("1004", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("1004", template.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1758754645), template.QualityScore!.Date);
        Assert.Equal(10, Assert.IsType<TemplateFooter>(template.Components[1]).CodeExpirationMinutes);
    }

    [Fact]
    public async Task GetAsync_UnknownComponentAndButton_SurviveAndAreWrittenBackVerbatim()
    {
        const string carousel = """{"type":"CAROUSEL","cards":[{"components":[{"type":"HEADER","format":"IMAGE"}]}]}""";
        const string voice = """{"type":"REQUEST_CONTACT_INFO","text":"Share","ttl_minutes":10}""";
        using var graph = new GraphServer()
            .On("GET", "1003", $$$"""
                {"id":"1003","name":"offer","language":"en_US","status":"APPROVED","category":"MARKETING","components":[
                  {"type":"BODY","text":"Our picks for you today!"},
                  {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Stop"},{{{voice}}}]},
                  {{{carousel}}},
                  {"type":"HEADER","format":{"not":"a string"}}]}
                """)
            .On("POST", "1003", """{"success":true}""");
        var ct = TestContext.Current.CancellationToken;

        var template = await graph.Client.Templates.GetAsync("1003", cancellationToken: ct);
        await graph.Client.Templates.EditAsync("1003", new EditTemplateRequest { Components = template.Components }, cancellationToken: ct);

        var raw = Assert.IsType<RawTemplateButton>(Assert.IsType<TemplateButtons>(template.Components[1]).Buttons[1]);
        Assert.Equal(("REQUEST_CONTACT_INFO", "Share"), (raw.Type.ToString(), raw.Text));
        Assert.Equal(10, raw.RawJson.GetProperty("ttl_minutes").GetInt32());
        Assert.Equal("CAROUSEL", Assert.IsType<RawTemplateComponent>(template.Components[2]).Type);
        // A known type in a shape the SDK cannot read is kept too, rather than failing the read.
        Assert.Equal("HEADER", Assert.IsType<RawTemplateComponent>(template.Components[3]).Type);
        var sent = graph.Requests[^1].RequestMessage!;
        JsonAssert.Equal(
            $$$"""
            {"components":[{"type":"BODY","text":"Our picks for you today!"},
              {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Stop"},{{{voice}}}]},
              {{{carousel}}},
              {"type":"HEADER","format":{"not":"a string"}}]}
            """,
            System.Text.Json.Nodes.JsonNode.Parse(sent.Body!));
    }

    [Fact]
    public void RawTemplateComponent_NotAJsonObject_Refused()
    {
        Assert.Equal("components", Assert.Throws<WhatsAppValidationException>(() => new RawTemplateComponent("CAROUSEL", "[1]")).Field);
        Assert.Equal("components", Assert.Throws<WhatsAppValidationException>(() => new RawTemplateComponent("CAROUSEL", "{oops")).Field);
        Assert.Equal("buttons", Assert.Throws<WhatsAppValidationException>(() => new RawTemplateButton(TemplateButtonType.VoiceCall, "\"x\"")).Field);
        Assert.Equal(JsonValueKind.Object, new RawTemplateComponent("CAROUSEL", """{"type":"CAROUSEL"}""").RawJson.ValueKind);
    }
}
