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

        Assert.Equal(new BusinessAccount
        {
            Id = Waba, Name = "Lucky Shrub", Currency = "USD", TimezoneId = "1", MessageTemplateNamespace = "c8ae5f90_307a_ca4c_b8f6_d1e2a2573574",
            AccountReviewStatus = "APPROVED", BusinessVerificationStatus = "verified", OwnershipType = "SELF", IsEnabledForInsights = true,
            Status = "ACTIVE", Country = "US",
        }, account);
        AssertQuery(graph.SingleRequest(), ("fields",
            "id,name,currency,country,timezone_id,status,message_template_namespace,account_review_status,business_verification_status,ownership_type,is_enabled_for_insights"));
    }

    [Fact]
    public async Task ListSubscribedAppsAsync_ReadsApps()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/subscribed_apps",
            """{"data":[{"whatsapp_business_api_data":{"id":"67084","link":"https://www.facebook.com/games/?app_id=67084","name":"Jaspers Market"},"override_callback_uri":"https://hooks.example.com/wa"},{"whatsapp_business_api_data":{"id":"52565","name":"Other"}}]}""");

        var apps = await graph.Client.BusinessAccounts.ListSubscribedAppsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            [new SubscribedApp("67084", "Jaspers Market", "https://www.facebook.com/games/?app_id=67084", "https://hooks.example.com/wa"), new SubscribedApp("52565", "Other", null, null)],
            apps);
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

        await graph.Client.BusinessAccounts.SubscribeAppAsync(new SubscribeAppOptions
        {
            BusinessAccountId = "999", OverrideCallbackUri = new Uri("https://hooks.example.com/wa"), VerifyToken = "s3cret",
        }, TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"override_callback_uri":"https://hooks.example.com/wa","verify_token":"s3cret"}""", graph.SingleRequestJson());
    }

    public static TheoryData<SubscribeAppOptions, string> InvalidSubscriptions => new()
    {
        { new SubscribeAppOptions { OverrideCallbackUri = new Uri("https://hooks.example.com/wa") }, "verify_token" },
        { new SubscribeAppOptions { VerifyToken = "t" }, "override_callback_uri" },
        { new SubscribeAppOptions { OverrideCallbackUri = new Uri("http://hooks.example.com/wa"), VerifyToken = "t" }, "override_callback_uri" },
        { new SubscribeAppOptions { OverrideCallbackUri = new Uri("https://hooks.example.com/" + new string('a', 180)), VerifyToken = "t" }, "override_callback_uri" },
    };

    [Theory]
    [MemberData(nameof(InvalidSubscriptions))]
    public async Task SubscribeAppAsync_Invalid_RefusedBeforeSending(SubscribeAppOptions options, string field)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.BusinessAccounts.SubscribeAppAsync(options, TestContext.Current.CancellationToken));

        Assert.Equal(field, error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void SubscribeAppOptions_ToString_HidesVerifyToken()
    {
        Assert.DoesNotContain("s3cret", new SubscribeAppOptions { VerifyToken = "s3cret" }.ToString(), StringComparison.Ordinal);
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
        Assert.Equal(["US", "BR"], analytics.CountryCodes!);
        Assert.Equal(
            [new MessagingDataPoint { Start = start, End = start.AddDays(1), Sent = 196093, Delivered = 179715 },
             new MessagingDataPoint { Start = start.AddDays(1), End = start.AddDays(2), Sent = 147649, Delivered = 139032 }],
            analytics.DataPoints);
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

        var points = await graph.Client.BusinessAccounts.GetPricingAnalyticsAsync(
            new PricingAnalyticsQuery(start, start.AddDays(1), PricingGranularity.Daily) { Dimensions = ["COUNTRY", "PRICING_CATEGORY"], MetricTypes = ["COST", "VOLUME"] },
            cancellationToken: TestContext.Current.CancellationToken);

        AssertQuery(graph.SingleRequest(), ("fields",
            """pricing_analytics.start(1748761200).end(1748847600).granularity(DAILY).metric_types(["COST","VOLUME"]).dimensions(["COUNTRY","PRICING_CATEGORY"])"""));
        Assert.Equal(2, points.Count);
        Assert.Equal(("US", "MARKETING", 1200L, 30.5m), (points[0].Country, points[0].PricingCategory, points[0].Volume, points[0].Cost));
        Assert.Equal(0.024m, points[1].Cost);
    }

    [Fact]
    public async Task GetMessagingAnalyticsAsync_EndBeforeStart_RefusedBeforeSending()
    {
        using var graph = new GraphServer();
        var start = DateTimeOffset.FromUnixTimeSeconds(1693526400);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.BusinessAccounts.GetMessagingAnalyticsAsync(
            new MessagingAnalyticsQuery(start, start, AnalyticsGranularity.Day), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("end", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("US\"]).x(")]
    [InlineData("us")]
    public async Task GetMessagingAnalyticsAsync_ValueThatCouldBreakTheExpression_Refused(string country)
    {
        using var graph = new GraphServer();
        var start = DateTimeOffset.FromUnixTimeSeconds(1693526400);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.BusinessAccounts.GetMessagingAnalyticsAsync(
            new MessagingAnalyticsQuery(start, start.AddDays(1), AnalyticsGranularity.Day) { CountryCodes = [country] }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("country_codes", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task GetTemplateAnalyticsAsync_QueriesEdgeAndFollowsPaging()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/template_analytics",
                """
                {"data":[{"granularity":"DAILY","product_type":"cloud_api","data_points":[
                   {"template_id":"1924084211297547","start":1707264000,"end":1707350400,"sent":1000,"delivered":950,"read":700,
                    "clicked":[{"type":"quick_reply_button","button_content":"Yes","count":120},{"type":"url_button","button_content":"Shop now","count":80}],
                    "cost":[{"type":"amount_spent","value":12.5},{"type":"cost_per_delivered"}]}]}],
                 "paging":{"cursors":{"before":"b1","after":"a1"},"next":"https://graph.facebook.com/v25.0/x?after=a1"}}
                """, after: "")
            .On("GET", $"{Waba}/template_analytics",
                """{"data":[{"granularity":"DAILY","data_points":[{"template_id":"954638012257287","start":1707264000,"end":1707350400,"sent":5,"delivered":4,"read":3}]}],"paging":{"cursors":{"before":"b2","after":"a2"}}}""",
                after: "a1");
        var start = DateTimeOffset.FromUnixTimeSeconds(1707264000);

        var points = await graph.Client.BusinessAccounts.GetTemplateAnalyticsAsync(
            new TemplateAnalyticsQuery(start, start.AddDays(1), ["1924084211297547", "954638012257287"]) { MetricTypes = ["SENT", "DELIVERED", "READ", "CLICKED", "COST"] },
            cancellationToken: TestContext.Current.CancellationToken);

        AssertQuery(graph.Requests[0].RequestMessage!, ("start", "1707264000"), ("end", "1707350400"), ("granularity", "DAILY"),
            ("template_ids", "[1924084211297547,954638012257287]"), ("metric_types", """["SENT","DELIVERED","READ","CLICKED","COST"]"""));
        Assert.Equal(["1924084211297547", "954638012257287"], points.Select(p => p.TemplateId));
        Assert.Equal((1000L, 950L, 700L), (points[0].Sent, points[0].Delivered, points[0].Read));
        Assert.Equal([new TemplateButtonClicks("quick_reply_button", "Yes", 120), new TemplateButtonClicks("url_button", "Shop now", 80)], points[0].Clicked!);
        Assert.Equal([new TemplateCost("amount_spent", 12.5m), new TemplateCost("cost_per_delivered", null)], points[0].Cost!);
        Assert.Null(points[1].Clicked);
    }

    [Fact]
    public async Task GetTemplateAnalyticsAsync_TooManyTemplates_RefusedBeforeSending()
    {
        using var graph = new GraphServer();
        var start = DateTimeOffset.FromUnixTimeSeconds(1707264000);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.BusinessAccounts.GetTemplateAnalyticsAsync(
            new TemplateAnalyticsQuery(start, start.AddDays(1), Enumerable.Range(1, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(("template_ids", 10), (error.Field, error.Limit));
        Assert.Empty(graph.Requests);
    }
}
