using CloudApi.Sdk.Business;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Business;

public sealed class BusinessAccountsClientTests
{
    private const string Waba = GraphServer.BusinessAccountId;

    [Fact]
    public async Task GetAsync_DefaultFields_ReadsAccount()
    {
        using var graph = new GraphServer().On("GET", Waba,
            """{"id":"102290129340398","name":"Lucky Shrub","currency":"USD","timezone_id":"1","message_template_namespace":"c8ae5f90_307a_ca4c_b8f6_d1e2a2573574","account_review_status":"APPROVED","business_verification_status":"verified","ownership_type":"SELF","is_enabled_for_insights":true,"status":"ACTIVE","country":"US"}""");

        var account = await graph.Client.BusinessAccounts.GetAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((Waba, "Lucky Shrub", "USD", "1", "c8ae5f90_307a_ca4c_b8f6_d1e2a2573574"),
            (account.Id, account.Name, account.Currency, account.TimezoneId, account.MessageTemplateNamespace));
        Assert.Equal(("APPROVED", "verified", "SELF", (bool?)true, "ACTIVE", "US"),
            (account.AccountReviewStatus, account.BusinessVerificationStatus, account.OwnershipType, account.IsEnabledForInsights, account.Status, account.Country));
        AssertQuery(graph.SingleRequest(), ("fields",
            "id,name,currency,country,timezone_id,status,message_template_namespace,account_review_status,business_verification_status,ownership_type,is_enabled_for_insights"));
    }

    [Fact]
    public async Task GetAsync_IdsAsNumbersAndUnmodelledFields_ReadLenientlyAndKept()
    {
        using var graph = new GraphServer().OnTraced("GET", Waba, """{"id":102290129340398,"timezone_id":1,"health_status":{"can_send_message":"AVAILABLE"}}""", "trace-waba");

        var account = await graph.Client.BusinessAccounts.GetAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((Waba, "1"), (account.Id, account.TimezoneId));
        Assert.Equal("AVAILABLE", account.RawJson.GetProperty("health_status").GetProperty("can_send_message").GetString());
        Assert.Equal((200, "trace-waba"), (account.Response!.StatusCode, account.Response.TraceId));
    }

    [Fact]
    public async Task ListSubscribedAppsAsync_ReadsApps()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/subscribed_apps",
            """{"data":[{"whatsapp_business_api_data":{"id":"67084","link":"https://www.facebook.com/games/?app_id=67084","name":"Jaspers Market"},"override_callback_uri":"https://hooks.example.com/wa"},{"whatsapp_business_api_data":{"id":52565,"name":"Other"}}]}""");
        var ct = TestContext.Current.CancellationToken;

        var apps = await graph.Client.BusinessAccounts.ListSubscribedAppsAsync(cancellationToken: ct).ToListAsync(ct);

        Assert.Equal(
            [("67084", "Jaspers Market", "https://www.facebook.com/games/?app_id=67084", "https://hooks.example.com/wa"), ("52565", "Other", null, null)],
            apps.Select(a => (a.Id, a.Name, a.Link, a.OverrideCallbackUri)));
        Assert.Equal("Other", apps[1].RawJson.GetProperty("whatsapp_business_api_data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListSubscribedAppsAsync_AsPagesFromContinuationToken_ResumesAtThatPage()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/subscribed_apps", """{"data":[{"whatsapp_business_api_data":{"id":"1"}}],"paging":{"cursors":{"after":"a1"},"next":"https://graph.facebook.com/v26.0/x?after=a1"}}""", after: "")
            .On("GET", $"{Waba}/subscribed_apps", """{"data":[{"whatsapp_business_api_data":{"id":"2"}}],"paging":{"cursors":{"after":"a2"}}}""", after: "a1");
        var ct = TestContext.Current.CancellationToken;

        var pages = await graph.Client.BusinessAccounts.ListSubscribedAppsAsync(new BusinessAccountListOptions { PageSize = 1 }, ct).AsPages("a1", ct).ToListAsync(ct);

        Assert.Equal("2", Assert.Single(Assert.Single(pages).Values).Id);
        Assert.Null(pages[0].ContinuationToken);
        AssertQuery(graph.SingleRequest(), ("limit", "1"), ("after", "a1"));
    }

    [Fact]
    public async Task SubscribeAppAsync_WithoutOverride_PostsNoBody()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/subscribed_apps", """{"success":true}""");

        await graph.Client.BusinessAccounts.SubscribeAppAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(string.IsNullOrEmpty(graph.SingleRequest().Body));
    }

    [Fact]
    public async Task SubscribeAppAsync_WithOverride_PostsCallbackAndToken()
    {
        using var graph = new GraphServer().On("POST", "999/subscribed_apps", """{"success":true}""");

        await graph.Client.BusinessAccounts.SubscribeAppAsync(new SubscribeAppRequest(new Uri("https://hooks.example.com/wa"), "s3cret"),
            new BusinessAccountRequestOptions { BusinessAccountId = "999" }, TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"override_callback_uri":"https://hooks.example.com/wa","verify_token":"s3cret"}""", graph.SingleRequestJson());
    }

    public static TheoryData<string?, string?, string> InvalidSubscriptions => new()
    {
        { "https://hooks.example.com/wa", null, "verify_token" },
        { "https://hooks.example.com/wa", " ", "verify_token" },
        { null, "t", "override_callback_uri" },
        { "http://hooks.example.com/wa", "t", "override_callback_uri" },
        { "https://hooks.example.com/" + new string('a', 180), "t", "override_callback_uri" },
    };

    [Theory]
    [MemberData(nameof(InvalidSubscriptions))]
    public void SubscribeAppRequest_Invalid_Refused(string? uri, string? verifyToken, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new SubscribeAppRequest(uri is null ? null! : new Uri(uri), verifyToken!));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void SubscribeAppRequest_ToString_HidesVerifyToken()
    {
        Assert.DoesNotContain("s3cret", new SubscribeAppRequest(new Uri("https://hooks.example.com/wa"), "s3cret").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsubscribeAppAsync_Deletes()
    {
        using var graph = new GraphServer().On("DELETE", $"{Waba}/subscribed_apps", """{"success":true}""");

        await graph.Client.BusinessAccounts.UnsubscribeAppAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("DELETE", graph.SingleRequest().Method);
    }

    [Fact]
    public async Task UnsubscribeAppAsync_PermissionError_MapsGraphError()
    {
        using var graph = new GraphServer().On("DELETE", $"{Waba}/subscribed_apps",
            """{"error":{"message":"(#200) Permissions error","type":"OAuthException","code":200,"fbtrace_id":"P"}}""", 403);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.BusinessAccounts.UnsubscribeAppAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal((200, System.Net.HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
    }

    [Fact]
    public async Task GetMessagingAnalyticsAsync_BuildsFieldExpansion_ReadsDataPoints()
    {
        using var graph = new GraphServer().On("GET", Waba,
            """
            {"analytics":{"phone_numbers":["15550051310"],"country_codes":["US","BR"],"granularity":"DAY",
              "data_points":[{"start":1693526400,"end":1693612800,"sent":196093,"delivered":179715},{"start":1693612800,"end":1693699200,"sent":147649,"delivered":139032}]},
             "id":"102290129340398"}
            """);
        var start = DateTimeOffset.FromUnixTimeSeconds(1693526400);

        var analytics = await graph.Client.BusinessAccounts.GetMessagingAnalyticsAsync(
            new MessagingAnalyticsQuery(start, start.AddDays(2), AnalyticsGranularity.Day) { PhoneNumbers = ["15550051310"], CountryCodes = ["US", "BR"] },
            cancellationToken: TestContext.Current.CancellationToken);

        AssertQuery(graph.SingleRequest(), ("fields",
            """analytics.start(1693526400).end(1693699200).granularity(DAY).phone_numbers(["15550051310"]).country_codes(["US","BR"])"""));
        Assert.Equal(AnalyticsGranularity.Day, analytics.Granularity);
        Assert.Equal(["US", "BR"], analytics.CountryCodes);
        Assert.Equal(["15550051310"], analytics.PhoneNumbers);
        Assert.Equal(
            [(start, start.AddDays(1), 196093L, 179715L), (start.AddDays(1), start.AddDays(2), 147649L, 139032L)],
            analytics.DataPoints.Select(p => (p.Start, p.End, p.Sent, p.Delivered)));
        Assert.Equal("DAY", analytics.RawJson.GetProperty("granularity").GetString());
        Assert.False(analytics.RawJson.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task GetPricingAnalyticsAsync_BuildsFieldExpansion_ReadsDataPoints()
    {
        using var graph = new GraphServer().On("GET", Waba,
            """
            {"pricing_analytics":{"data":[{"data_points":[
               {"start":1748761200,"end":1748847600,"country":"US","pricing_category":"MARKETING","volume":1200,"cost":30.5},
               {"start":1748761200,"end":1748847600,"country":"BR","pricing_category":"UTILITY","volume":3,"cost":0.024}]}]},
             "id":"102290129340398"}
            """);
        var start = DateTimeOffset.FromUnixTimeSeconds(1748761200);

        var analytics = await graph.Client.BusinessAccounts.GetPricingAnalyticsAsync(
            new PricingAnalyticsQuery(start, start.AddDays(1), PricingGranularity.Daily) { Dimensions = ["COUNTRY", "PRICING_CATEGORY"], MetricTypes = ["COST", "VOLUME"] },
            cancellationToken: TestContext.Current.CancellationToken);
        var points = analytics.DataPoints;

        AssertQuery(graph.SingleRequest(), ("fields",
            """pricing_analytics.start(1748761200).end(1748847600).granularity(DAILY).metric_types(["COST","VOLUME"]).dimensions(["COUNTRY","PRICING_CATEGORY"])"""));
        Assert.Equal(2, points.Count);
        Assert.Equal(("US", "MARKETING", 1200L, 30.5m), (points[0].Country, points[0].PricingCategory, points[0].Volume, points[0].Cost));
        Assert.Equal(0.024m, points[1].Cost);
        Assert.True(analytics.RawJson.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task GetPricingAnalyticsAsync_CountsAndTimesAsStrings_ReadLeniently()
    {
        using var graph = new GraphServer().OnTraced("GET", Waba,
            """{"pricing_analytics":{"data":[{"data_points":[{"start":"1748761200","end":"1748847600","volume":"12","cost":"0.5","phone_number":15550051310}]}]},"id":"1"}""",
            "trace-pricing");
        var start = DateTimeOffset.FromUnixTimeSeconds(1748761200);

        var analytics = await graph.Client.BusinessAccounts.GetPricingAnalyticsAsync(
            new PricingAnalyticsQuery(start, start.AddDays(1), PricingGranularity.Daily), cancellationToken: TestContext.Current.CancellationToken);

        var point = Assert.Single(analytics.DataPoints);
        Assert.Equal((start, start.AddDays(1), (long?)12, (decimal?)0.5m, "15550051310"), (point.Start, point.End, point.Volume, point.Cost, point.PhoneNumber));
        Assert.Equal("trace-pricing", analytics.Response!.TraceId);
    }

    [Fact]
    public async Task GetMessagingAnalyticsAsync_NoAnalyticsInTheAnswer_Empty()
    {
        using var graph = new GraphServer().On("GET", Waba, """{"id":"102290129340398"}""");
        var start = DateTimeOffset.FromUnixTimeSeconds(1693526400);

        var analytics = await graph.Client.BusinessAccounts.GetMessagingAnalyticsAsync(
            new MessagingAnalyticsQuery(start, start.AddDays(1), AnalyticsGranularity.Day), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(analytics.DataPoints);
        Assert.Empty(analytics.CountryCodes);
        Assert.Equal(200, analytics.Response!.StatusCode);
    }

    [Fact]
    public void MessagingAnalyticsQuery_EndBeforeStart_Refused()
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(1693526400);

        var error = Assert.Throws<WhatsAppValidationException>(() => new MessagingAnalyticsQuery(start, start, AnalyticsGranularity.Day));

        Assert.Equal("end", error.Field);
    }

    [Theory]
    [InlineData("US\"]).x(")]
    [InlineData("us")]
    public void MessagingAnalyticsQuery_ValueThatCouldBreakTheExpression_Refused(string country)
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(1693526400);

        var error = Assert.Throws<WhatsAppValidationException>(() => new MessagingAnalyticsQuery(start, start.AddDays(1), AnalyticsGranularity.Day) { CountryCodes = [country] });

        Assert.Equal("country_codes", error.Field);
    }

    [Fact]
    public void PricingAnalyticsQuery_DimensionThatCouldBreakTheExpression_Refused()
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(1748761200);

        var error = Assert.Throws<WhatsAppValidationException>(() => new PricingAnalyticsQuery(start, start.AddDays(1), PricingGranularity.Daily) { Dimensions = ["COUNTRY)"] });

        Assert.Equal("dimensions", error.Field);
    }

    [Fact]
    public async Task ListTemplateAnalyticsAsync_QueriesEdgeAndFollowsPaging()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/template_analytics",
                """
                {"data":[{"granularity":"DAILY","product_type":"cloud_api","data_points":[
                   {"template_id":"1924084211297547","start":1707264000,"end":1707350400,"sent":1000,"delivered":950,"read":700,
                    "clicked":[{"type":"quick_reply_button","button_content":"Yes","count":120},{"type":"url_button","button_content":"Shop now","count":80}],
                    "cost":[{"type":"amount_spent","value":12.5},{"type":"cost_per_delivered"}]}]}],
                 "paging":{"cursors":{"before":"b1","after":"a1"},"next":"https://graph.facebook.com/v26.0/x?after=a1"}}
                """, after: "")
            .On("GET", $"{Waba}/template_analytics",
                """{"data":[{"granularity":"DAILY","data_points":[{"template_id":"954638012257287","start":1707264000,"end":1707350400,"sent":5,"delivered":4,"read":3}]}],"paging":{"cursors":{"before":"b2","after":"a2"}}}""",
                after: "a1");
        var start = DateTimeOffset.FromUnixTimeSeconds(1707264000);

        var ct = TestContext.Current.CancellationToken;

        var items = await graph.Client.BusinessAccounts.ListTemplateAnalyticsAsync(
            new TemplateAnalyticsQuery(start, start.AddDays(1), ["1924084211297547", "954638012257287"]) { MetricTypes = ["SENT", "DELIVERED", "READ", "CLICKED", "COST"] },
            cancellationToken: ct).ToListAsync(ct);
        var points = items.SelectMany(i => i.DataPoints).ToList();

        AssertQuery(graph.Requests[0].RequestMessage!, ("start", "1707264000"), ("end", "1707350400"), ("granularity", "DAILY"),
            ("template_ids", "[1924084211297547,954638012257287]"), ("metric_types", """["SENT","DELIVERED","READ","CLICKED","COST"]"""));
        Assert.Equal(["1924084211297547", "954638012257287"], points.Select(p => p.TemplateId));
        Assert.Equal((1000L, 950L, 700L), (points[0].Sent, points[0].Delivered, points[0].Read));
        Assert.Equal([("quick_reply_button", "Yes", 120L), ("url_button", "Shop now", 80L)], points[0].Clicked.Select(c => (c.Type, c.ButtonContent, c.Count)));
        Assert.Equal([("amount_spent", (decimal?)12.5m), ("cost_per_delivered", null)], points[0].Cost.Select(c => (c.Type, c.Value)));
        Assert.Empty(points[1].Clicked);
        Assert.Equal(("DAILY", "cloud_api", (string?)null), (items[0].Granularity, items[0].ProductType, items[1].ProductType));
        Assert.Equal("cloud_api", items[0].RawJson.GetProperty("product_type").GetString());
        Assert.False(items[1].RawJson.TryGetProperty("product_type", out _));
    }

    [Fact]
    public void TemplateAnalyticsQuery_TooManyTemplates_Refused()
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(1707264000);

        var error = Assert.Throws<WhatsAppValidationException>(() =>
            new TemplateAnalyticsQuery(start, start.AddDays(1), Enumerable.Range(1, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()));

        Assert.Equal(("template_ids", 10), (error.Field, error.Limit));
    }

    [Fact]
    public void TemplateAnalyticsQuery_TemplateIdsCopied_LaterChangesDoNotReachIt()
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(1707264000);
        var ids = new List<string> { "1" };
        var query = new TemplateAnalyticsQuery(start, start.AddDays(1), ids);

        ids[0] = "x";

        Assert.Equal(["1"], query.TemplateIds);
    }

    [Fact]
    public void ModelFactory_BusinessResults_CarryEveryValue()
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(1707264000);
        var account = WhatsAppModelFactory.BusinessAccount("1", name: "Lucky Shrub", currency: "EUR", isEnabledForInsights: true);
        var app = WhatsAppModelFactory.SubscribedApp("2", name: "App", overrideCallbackUri: "https://hooks.example.com");
        var messaging = WhatsAppModelFactory.MessagingAnalytics([WhatsAppModelFactory.MessagingDataPoint(start, start.AddDays(1), sent: 3, delivered: 2)], AnalyticsGranularity.Day);
        var pricing = WhatsAppModelFactory.PricingAnalytics([WhatsAppModelFactory.PricingDataPoint(start, start.AddDays(1), volume: 5, cost: 1.5m, country: "US")]);
        var template = WhatsAppModelFactory.TemplateAnalytics(
            [WhatsAppModelFactory.TemplateAnalyticsDataPoint("9", start, start.AddDays(1), sent: 1, clicked: [WhatsAppModelFactory.TemplateButtonClicks("url_button", "Go", 4)],
                cost: [WhatsAppModelFactory.TemplateCost("amount_spent", 2m)])], granularity: "DAILY");

        Assert.Equal(("1", "Lucky Shrub", "EUR", (bool?)true), (account.Id, account.Name, account.Currency, account.IsEnabledForInsights));
        Assert.Equal(("2", "App", "https://hooks.example.com"), (app.Id, app.Name, app.OverrideCallbackUri));
        Assert.Equal((3L, 2L), (messaging.DataPoints[0].Sent, messaging.DataPoints[0].Delivered));
        Assert.Empty(messaging.PhoneNumbers);
        Assert.Equal(((long?)5, (decimal?)1.5m, "US"), (pricing.DataPoints[0].Volume, pricing.DataPoints[0].Cost, pricing.DataPoints[0].Country));
        var point = Assert.Single(template.DataPoints);
        Assert.Equal(("9", 4L, (decimal?)2m, "DAILY"), (point.TemplateId, point.Clicked[0].Count, point.Cost[0].Value, template.Granularity));
    }
}
