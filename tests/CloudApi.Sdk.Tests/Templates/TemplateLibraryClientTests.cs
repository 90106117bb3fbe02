using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Templates;

/// <summary>The template calls beyond create/edit/delete: library, create from library, upsert, unpause, compare, migrate.</summary>
public sealed class TemplateLibraryClientTests
{
    private const string Waba = GraphServer.BusinessAccountId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListLibraryAsync_Filters_SentAndItemsRead()
    {
        using var graph = new GraphServer().On("GET", "message_template_library",
            """{"data":[{"name":"delivery_update_1","language":"en_US","category":"UTILITY","topic":"ORDER_MANAGEMENT","usecase":"SHIPMENT_CONFIRMATION","industry":"E_COMMERCE","header":"On its way","body":"Order {{1}} shipped.","body_params":["#1"],"buttons":[{"type":"URL","text":"Track","url":"https://x.example/{{1}}"}],"id":"42"}],"paging":{"cursors":{"before":"a","after":"b"}}}""");

        var items = new List<LibraryTemplate>();
        await foreach (var item in graph.Client.Templates.ListLibraryAsync(new TemplateLibraryListOptions { Search = "order", Topic = "ORDER_MANAGEMENT", Language = "en_US", PageSize = 10 }, Ct))
        {
            items.Add(item);
        }

        var template = Assert.Single(items);
        Assert.Equal(("delivery_update_1", "42", TemplateCategory.Utility, "Order {{1}} shipped."), (template.Name, template.Id, template.Category, template.Body));
        Assert.Equal(["#1"], template.BodyParameters);
        Assert.Equal(("URL", "https://x.example/{{1}}"), (template.Buttons[0].Type, template.Buttons[0].Url));
        AssertQuery(graph.SingleRequest(), ("search", "order"), ("topic", "ORDER_MANAGEMENT"), ("language", "en_US"), ("limit", "10"));
    }

    [Fact]
    public async Task CreateFromLibraryAsync_WritesLibraryFields()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/message_templates", """{"id":"594425479261596","status":"APPROVED","category":"UTILITY"}""");
        var request = new CreateLibraryTemplateRequest("my_delivery", "en_US", TemplateCategory.Utility, "delivery_update_1")
        {
            ButtonInputs = [LibraryTemplateButtonInput.ForUrl("https://shop.example/t/{{1}}", "A1"), LibraryTemplateButtonInput.ForPhoneNumber("+15550051310")],
            BodyInputs = new LibraryTemplateBodyInputs { AddTrackPackageLink = true },
        };

        var created = await graph.Client.Templates.CreateFromLibraryAsync(request, cancellationToken: Ct);

        Assert.Equal(("594425479261596", TemplateStatus.Approved), (created.Id, created.Status));
        JsonAssert.Equal(
            """{"name":"my_delivery","language":"en_US","category":"UTILITY","library_template_name":"delivery_update_1","library_template_button_inputs":[{"type":"URL","url":{"base_url":"https://shop.example/t/{{1}}","url_suffix_example":"A1"}},{"type":"PHONE_NUMBER","phone_number":"+15550051310"}],"library_template_body_inputs":{"add_track_package_link":true}}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateFromLibraryAsync_OtpInput_WritesAppsAndTerms()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/message_templates", """{"id":"1","status":"APPROVED","category":"AUTHENTICATION"}""");
        var request = new CreateLibraryTemplateRequest("login_code", "en_US", TemplateCategory.Authentication, "verify_code_1")
        {
            ButtonInputs = [LibraryTemplateButtonInput.ForOtp(OtpType.ZeroTap, [new TemplateSupportedApp("com.example.shop", "K8a/AINcGX7")], zeroTapTermsAccepted: true)],
            BodyInputs = new LibraryTemplateBodyInputs { AddSecurityRecommendation = true, CodeExpirationMinutes = 10 },
        };

        await graph.Client.Templates.CreateFromLibraryAsync(request, cancellationToken: Ct);

        JsonAssert.Equal(
            """{"name":"login_code","language":"en_US","category":"AUTHENTICATION","library_template_name":"verify_code_1","library_template_button_inputs":[{"type":"OTP","otp_type":"ZERO_TAP","supported_apps":[{"package_name":"com.example.shop","signature_hash":"K8a/AINcGX7"}],"zero_tap_terms_accepted":true}],"library_template_body_inputs":{"add_security_recommendation":true,"code_expiration_minutes":10}}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task UpsertAuthenticationAsync_WritesLanguagesAndReadsEachTemplate()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/upsert_message_templates",
            """{"data":[{"id":"111","status":"APPROVED","language":"en_US"},{"id":"222","status":"PENDING","language":"es"}]}""");
        var request = new UpsertAuthenticationTemplateRequest("login_code", ["en_US", "es"],
        [
            new TemplateBody(null) { AddSecurityRecommendation = true },
            new TemplateFooter(null) { CodeExpirationMinutes = 10 },
            new TemplateButtons([new TemplateOtpButton(OtpType.CopyCode) { Text = "Copy code" }]),
        ])
        { MessageSendTtlSeconds = 600 };

        var result = await graph.Client.Templates.UpsertAuthenticationAsync(request, cancellationToken: Ct);

        Assert.Equal(new[] { ("111", "en_US"), ("222", "es") }, result.Templates.Select(t => (t.Id, t.Language)));
        Assert.Equal(TemplateStatus.Pending, result.Templates[1].Status);
        var body = graph.SingleRequestJson();
        Assert.Equal("AUTHENTICATION", body["category"]!.GetValue<string>());
        Assert.Equal("""["en_US","es"]""", body["languages"]!.ToJsonString());
        Assert.Equal(600, body["message_send_ttl_seconds"]!.GetValue<int>());
        Assert.Equal("OTP", body["components"]![2]!["buttons"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnpauseAsync_PostsToTemplateUnpause()
    {
        using var graph = new GraphServer().On("POST", "594425479261596/unpause", """{"success":true}""");

        await graph.Client.Templates.UnpauseAsync("594425479261596", cancellationToken: Ct);

        Assert.Equal("POST", graph.SingleRequest().Method);
    }

    [Fact]
    public async Task CompareAsync_SendsIdsAndRange_ReadsMetrics()
    {
        using var graph = new GraphServer().On("GET", "111/compare",
            """{"data":[{"metric":"BLOCK_RATE","type":"RELATIVE","order_by_relative_metric":["222","111"]},{"metric":"MESSAGE_SENDS","type":"NUMBER_VALUES","number_values":[{"key":"111","value":1000},{"key":"222","value":"2500"}]},{"metric":"TOP_BLOCK_REASON","type":"STRING_VALUES","string_values":[{"key":"111","value":"NO_LONGER_NEEDED"}]}]}""");
        var start = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

        var comparison = await graph.Client.Templates.CompareAsync("111", "222", start, start.AddDays(7), cancellationToken: Ct);

        Assert.Equal(["222", "111"], comparison.Metrics[0].Ranking);
        Assert.Equal(2500, comparison.Metrics[1].Numbers["222"]);
        Assert.Equal("NO_LONGER_NEEDED", comparison.Metrics[2].Texts["111"]);
        AssertQuery(graph.SingleRequest(), ("template_ids", "[222]"), ("start", "1700000000"), ("end", "1700604800"));
    }

    [Fact]
    public async Task MigrateAsync_PostsSourceAndPage_ReadsResults()
    {
        using var graph = new GraphServer().On("POST", "999/migrate_message_templates",
            """{"migrated_templates":["1",2],"failed_templates":{"3":"Template name already exists"}}""");

        var result = await graph.Client.Templates.MigrateAsync("555", new TemplateMigrationOptions { BusinessAccountId = "999", PageNumber = 1 }, Ct);

        Assert.Equal(["1", "2"], result.MigratedTemplateIds);
        Assert.Equal("Template name already exists", result.FailedTemplates["3"]);
        JsonAssert.Equal("""{"source_waba_id":"555","page_number":1}""", graph.SingleRequestJson());
    }

    public static TheoryData<string, Func<ITemplatesClient, Task>> InvalidCalls => new()
    {
        { "templateId", c => c.UnpauseAsync("abc") },
        { "template_ids", c => c.CompareAsync("1", "1", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1)) },
        { "end", c => c.CompareAsync("1", "2", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch) },
        { "source_waba_id", c => c.MigrateAsync(GraphServer.BusinessAccountId) },
        { "components.buttons", c => c.UpsertAuthenticationAsync(new UpsertAuthenticationTemplateRequest("a", ["en_US"], [new TemplateBody(null) { AddSecurityRecommendation = true }])) },
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public async Task Calls_InvalidInput_RefusedBeforeSending(string field, Func<ITemplatesClient, Task> call)
    {
        using var graph = new GraphServer().Answer(200, "{}");

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => call(graph.Client.Templates));

        Assert.Equal(field, error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void Requests_BreakingLimits_Refused()
    {
        Assert.Equal("languages", Assert.Throws<WhatsAppValidationException>(() => new UpsertAuthenticationTemplateRequest("a", ["en_US", "en_US"], [])).Field);
        Assert.Equal("message_send_ttl_seconds", Assert.Throws<WhatsAppValidationException>(() => new UpsertAuthenticationTemplateRequest("a", ["en_US"], []) { MessageSendTtlSeconds = 901 }).Field);
        Assert.Equal("url.url_suffix_example", Assert.Throws<WhatsAppValidationException>(() => LibraryTemplateButtonInput.ForUrl("https://x.example/{{1}}")).Field);
        Assert.Equal("supported_apps", Assert.Throws<WhatsAppValidationException>(() => LibraryTemplateButtonInput.ForOtp(OtpType.OneTap)).Field);
        Assert.Equal("signature_hash", Assert.Throws<WhatsAppValidationException>(() => new TemplateSupportedApp("com.x", "short")).Field);
        Assert.Equal("code_expiration_minutes", Assert.Throws<WhatsAppValidationException>(() => new LibraryTemplateBodyInputs { CodeExpirationMinutes = 91 }).Field);
        Assert.Equal("library_template_name", Assert.Throws<WhatsAppValidationException>(() => new CreateLibraryTemplateRequest("a", "en_US", TemplateCategory.Utility, "Bad Name")).Field);
    }

    [Fact]
    public void ModelFactory_BuildsResults()
    {
        var library = WhatsAppModelFactory.LibraryTemplate("delivery_update_1", buttons: [WhatsAppModelFactory.LibraryTemplateButton("URL", "Track")]);
        var upserted = WhatsAppModelFactory.UpsertTemplatesResult([WhatsAppModelFactory.UpsertedTemplate("1")]);
        var migration = WhatsAppModelFactory.TemplateMigrationResult(["1"]);

        Assert.Equal(("en_US", TemplateCategory.Utility, "Track"), (library.Language, library.Category, library.Buttons[0].Text));
        Assert.Equal(TemplateStatus.Approved, upserted.Templates[0].Status);
        Assert.Equal(["1"], migration.MigratedTemplateIds);
        Assert.Empty(WhatsAppModelFactory.TemplateComparison([WhatsAppModelFactory.TemplateComparisonMetric("BLOCK_RATE")]).Metrics[0].Ranking);
    }
}
