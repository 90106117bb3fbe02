using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Templates;

public sealed class TemplatesClientTests
{
    private const string Waba = GraphServer.BusinessAccountId;
    private const string Fields = "id,name,status,category,language,components,parameter_format,quality_score,rejected_reason";

    private const string Page1 =
        """
        {"data":[
          {"name":"order_update","parameter_format":"POSITIONAL","components":[
             {"type":"HEADER","format":"TEXT","text":"Order {{1}}","example":{"header_text":["A-1"]}},
             {"type":"BODY","text":"Hi {{1}}, order {{2}} shipped.","example":{"body_text":[["Ana","A-1"]]}},
             {"type":"FOOTER","text":"Lucky Shrub"},
             {"type":"BUTTONS","buttons":[{"type":"URL","text":"Track","url":"https://x.com/t/{{1}}","example":["https://x.com/t/A-1"]},{"type":"PHONE_NUMBER","text":"Call","phone_number":"+15550051310"}]}],
           "language":"en_US","status":"APPROVED","category":"UTILITY","id":"1001",
           "quality_score":{"score":"GREEN","date":1758754645}},
          {"name":"promo","components":[{"type":"BODY","text":"Sale today"}],"language":"en_US","status":"PAUSED","category":"MARKETING","id":"1002"}],
         "paging":{"cursors":{"before":"QVFIUb1","after":"QVFIUa1"},"next":"https://graph.facebook.com/v26.0/102290129340398/message_templates?after=QVFIUa1"}}
        """;

    private const string Page2 =
        """
        {"data":[{"name":"table_for","parameter_format":"NAMED","components":[
            {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2U="]}},
            {"type":"BODY","text":"Table for {{guests}} on {{date}}.","example":{"body_text_named_params":[{"param_name":"guests","example":"4"},{"param_name":"date","example":"Aug 30"}]}},
            {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Cancel"},{"type":"COPY_CODE","text":"Copy offer code","example":["25OFF"]},{"type":"FLOW","text":"Book","flow_id":"123","navigate_screen":"S1","flow_action":"navigate"},{"type":"VOICE_CALL","text":"Call us","ttl_minutes":10}]},
            {"type":"CAROUSEL","cards":[]}],
          "language":"en_US","status":"NEW_STATUS_FROM_META","category":"MARKETING","id":"1003","rejected_reason":"NONE"}],
         "paging":{"cursors":{"before":"QVFIUb2","after":"QVFIUa2"},"next":"https://graph.facebook.com/v26.0/102290129340398/message_templates?after=QVFIUa2"}}
        """;

    private const string Page3 =
        """
        {"data":[{"name":"otp","components":[{"type":"BODY","add_security_recommendation":true},{"type":"FOOTER","code_expiration_minutes":10},
            {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"COPY_CODE","text":"Copy Code"}]}],
          "language":"en_US","status":"REJECTED","category":"AUTHENTICATION","id":"1004","rejected_reason":"INVALID_FORMAT"}],
         "paging":{"cursors":{"before":"QVFIUb3","after":"QVFIUa3"}}}
        """;

    [Fact]
    public async Task ListAsync_ThreePages_FollowsAfterCursorUntilNextIsMissing()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/message_templates", Page1, after: "")
            .On("GET", $"{Waba}/message_templates", Page2, after: "QVFIUa1")
            .On("GET", $"{Waba}/message_templates", Page3, after: "QVFIUa2");

        var templates = new List<MessageTemplate>();
        await foreach (var template in graph.Client.Templates.ListAsync(
            new TemplateListOptions { Statuses = [TemplateStatus.Approved, TemplateStatus.Paused], Categories = [TemplateCategory.Utility], Language = "en_US", Name = "order", PageSize = 2 },
            TestContext.Current.CancellationToken))
        {
            templates.Add(template);
        }

        Assert.Equal(["1001", "1002", "1003", "1004"], templates.Select(t => t.Id));
        var requests = graph.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("GET", r.Method));
        Assert.All(requests, r => Assert.Equal($"/v26.0/{Waba}/message_templates", r.Path));
        (string, string)[] filters = [("fields", Fields), ("limit", "2"), ("name", "order"), ("status", "APPROVED,PAUSED"), ("category", "UTILITY"), ("language", "en_US")];
        AssertQuery(requests[0], filters);
        AssertQuery(requests[1], [.. filters, ("after", "QVFIUa1")]);
        AssertQuery(requests[2], [.. filters, ("after", "QVFIUa2")]);
    }

    [Fact]
    public async Task ListAsync_TemplatesAreTyped_UnknownValuesKept()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/message_templates", Page1, after: "")
            .On("GET", $"{Waba}/message_templates", Page2, after: "QVFIUa1")
            .On("GET", $"{Waba}/message_templates", Page3, after: "QVFIUa2");

        var all = await graph.Client.Templates.ListAsync(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        var order = all[0];
        Assert.Equal(("order_update", "en_US", TemplateStatus.Approved, TemplateCategory.Utility), (order.Name, order.Language, order.Status, order.Category));
        Assert.Equal(TemplateParameterFormat.Positional, order.ParameterFormat);
        Assert.Equal(TemplateQuality.Green, order.QualityScore!.Score);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1758754645), order.QualityScore.Date);
        var header = Assert.IsType<TemplateHeader>(order.Components[0]);
        Assert.Equal((TemplateHeaderFormat.Text, "Order {{1}}"), (header.Format, header.Text));
        Assert.Equal(["A-1"], header.TextExamples!);
        var body = Assert.IsType<TemplateBody>(order.Components[1]);
        Assert.Equal(["Ana", "A-1"], body.Examples!);
        Assert.Equal("Lucky Shrub", Assert.IsType<TemplateFooter>(order.Components[2]).Text);
        var buttons = Assert.IsType<TemplateButtons>(order.Components[3]).Buttons;
        var track = Assert.IsType<TemplateUrlButton>(buttons[0]);
        Assert.Equal(("Track", "https://x.com/t/{{1}}", "https://x.com/t/A-1"), (track.Text, track.Url, track.Example));
        var call = Assert.IsType<TemplatePhoneNumberButton>(buttons[1]);
        Assert.Equal(("Call", "+15550051310"), (call.Text, call.PhoneNumber));

        var named = all[2];
        Assert.Equal("NEW_STATUS_FROM_META", named.Status.Value);
        Assert.Equal(TemplateRejectionReason.None, named.RejectedReason);
        Assert.Equal(["4::aW1hZ2U="], Assert.IsType<TemplateHeader>(named.Components[0]).MediaHandles!);
        Assert.Equal([("guests", "4"), ("date", "Aug 30")], Assert.IsType<TemplateBody>(named.Components[1]).NamedExamples!.Select(e => (e.ParamName, e.Example)));
        var namedButtons = Assert.IsType<TemplateButtons>(named.Components[2]).Buttons;
        Assert.IsType<TemplateQuickReplyButton>(namedButtons[0]);
        Assert.Equal("25OFF", Assert.IsType<TemplateCopyCodeButton>(namedButtons[1]).Example);
        Assert.Equal("S1", Assert.IsType<TemplateFlowButton>(namedButtons[2]).NavigateScreen);
        var voice = Assert.IsType<TemplateVoiceCallButton>(namedButtons[3]);
        Assert.Equal((TemplateButtonType.VoiceCall, "Call us", (int?)10), (voice.Type, voice.Text, voice.TtlMinutes));
        Assert.Equal("CAROUSEL", Assert.IsType<RawTemplateComponent>(named.Components[3]).Type);

        var otp = all[3];
        Assert.Equal(TemplateRejectionReason.InvalidFormat, otp.RejectedReason);
        Assert.True(Assert.IsType<TemplateBody>(otp.Components[0]).AddSecurityRecommendation);
        Assert.Equal(10, Assert.IsType<TemplateFooter>(otp.Components[1]).CodeExpirationMinutes);
        Assert.Equal(OtpType.CopyCode, Assert.IsType<TemplateOtpButton>(Assert.IsType<TemplateButtons>(otp.Components[2]).Buttons[0]).OtpType);
    }

    [Fact]
    public async Task ListAsync_PagesAreFetchedLazily()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/message_templates", Page1, after: "")
            .On("GET", $"{Waba}/message_templates", Page2, after: "QVFIUa1");

        await foreach (var template in graph.Client.Templates.ListAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            Assert.Equal("1001", template.Id);
            break;
        }

        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task ListAsync_BusinessAccountOverride_ListsThatAccount()
    {
        using var graph = new GraphServer().On("GET", "555000111/message_templates", """{"data":[]}""");

        var all = await graph.Client.Templates.ListAsync(new TemplateListOptions { BusinessAccountId = "555000111" }, TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.Empty(all);
        AssertQuery(graph.SingleRequest(), ("fields", Fields));
    }

    [Fact]
    public void ListAsync_NoBusinessAccountAnywhere_RefusedBeforeSending()
    {
        using var graph = new GraphServer(o => o.BusinessAccountId = null);

        var error = Assert.Throws<WhatsAppValidationException>(() => graph.Client.Templates.ListAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("businessAccountId", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void ListAsync_PageSizeOutOfRange_RefusedBeforeSending(int size)
    {
        using var graph = new GraphServer();

        var error = Assert.Throws<WhatsAppValidationException>(() => graph.Client.Templates.ListAsync(new TemplateListOptions { PageSize = size }, TestContext.Current.CancellationToken));

        Assert.Equal("limit", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task ListAsync_GraphErrorOnSecondPage_ThrowsApiExceptionAfterFirstPage()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/message_templates", Page1, after: "")
            .On("GET", $"{Waba}/message_templates", """{"error":{"message":"(#80007) Rate limit","type":"OAuthException","code":80007,"fbtrace_id":"X"}}""", 400, after: "QVFIUa1");

        var seen = new List<string>();
        var error = await Assert.ThrowsAsync<WhatsAppApiException>(async () =>
        {
            await foreach (var template in graph.Client.Templates.ListAsync(cancellationToken: TestContext.Current.CancellationToken))
            {
                seen.Add(template.Id);
            }
        });

        Assert.Equal(["1001", "1002"], seen);
        Assert.Equal(80007, error.ErrorCode);
        Assert.True(error.IsRateLimit);
    }

    [Fact]
    public async Task GetAsync_ReadsTemplateById()
    {
        using var graph = new GraphServer().On("GET", "1004",
            """{"name":"otp","components":[{"type":"BODY","add_security_recommendation":true}],"language":"en_US","status":"APPROVED","category":"AUTHENTICATION","id":"1004"}""");

        var template = await graph.Client.Templates.GetAsync("1004", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("1004", "otp", TemplateCategory.Authentication), (template.Id, template.Name, template.Category));
        Assert.Equal("GET", graph.SingleRequest().Method);
        AssertQuery(graph.SingleRequest(), ("fields", Fields));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12a")]
    [InlineData("../me")]
    public async Task GetAsync_MalformedId_RefusedBeforeSending(string id)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Templates.GetAsync(id, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("templateId", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task CreateAsync_NamedTemplateWithEveryComponent_PostsMetaShape()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/message_templates", """{"id":"594425479261596","status":"PENDING","category":"MARKETING"}""");
        var request = new CreateTemplateRequest("reservation_confirmation", "en_US", TemplateCategory.Utility,
        [
            TemplateHeader.ForImage("4::aW..."),
            new TemplateBody("Table for {{guests}} on {{date}}.") { NamedExamples = [new("guests", "4"), new("date", "Aug 30")] },
            new TemplateFooter("Lucky Shrub"),
            new TemplateButtons(
            [
                new TemplateQuickReplyButton("Cancel"),
                new TemplateUrlButton("Manage", "https://x.com/r/{{1}}", "abc"),
                new TemplatePhoneNumberButton("Call", "+15550051310"),
                new TemplateCopyCodeButton("25OFF"),
                new TemplateFlowButton("Book", "123") { NavigateScreen = "S1", FlowAction = "navigate" },
            ]),
        ])
        { ParameterFormat = TemplateParameterFormat.Named };

        var result = await graph.Client.Templates.CreateAsync(request, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("594425479261596", TemplateStatus.Pending, TemplateCategory.Marketing), (result.Id, result.Status, result.Category));
        Assert.Equal("POST", graph.SingleRequest().Method);
        Assert.Equal($"/v26.0/{Waba}/message_templates", graph.SingleRequest().Path);
        JsonAssert.Equal(
            """
            {"name":"reservation_confirmation","language":"en_US","category":"UTILITY","parameter_format":"NAMED",
             "components":[
              {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW..."]}},
              {"type":"BODY","text":"Table for {{guests}} on {{date}}.","example":{"body_text_named_params":[{"param_name":"guests","example":"4"},{"param_name":"date","example":"Aug 30"}]}},
              {"type":"FOOTER","text":"Lucky Shrub"},
              {"type":"BUTTONS","buttons":[
                {"type":"QUICK_REPLY","text":"Cancel"},
                {"type":"URL","text":"Manage","url":"https://x.com/r/{{1}}","example":["abc"]},
                {"type":"PHONE_NUMBER","text":"Call","phone_number":"+15550051310"},
                {"type":"COPY_CODE","example":"25OFF"},
                {"type":"FLOW","text":"Book","flow_id":"123","navigate_screen":"S1","flow_action":"navigate"}]}]}
            """,
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateAsync_PositionalTextHeaderAndBody_PostsMetaShape()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/message_templates", """{"id":"1","status":"APPROVED","category":"AUTHENTICATION"}""");

        await graph.Client.Templates.CreateAsync(new CreateTemplateRequest("order_update", "en_US", TemplateCategory.Utility,
        [
            TemplateHeader.ForText("Order {{1}}", "A-1"),
            new TemplateBody("Hi {{1}}, order {{2}} shipped.") { Examples = ["Ana", "A-1"] },
            new TemplateFooter("Thanks"),
        ]) { MessageSendTtlSeconds = 3600 }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal(
            """
            {"name":"order_update","language":"en_US","category":"UTILITY","message_send_ttl_seconds":3600,
             "components":[
              {"type":"HEADER","format":"TEXT","text":"Order {{1}}","example":{"header_text":["A-1"]}},
              {"type":"BODY","text":"Hi {{1}}, order {{2}} shipped.","example":{"body_text":[["Ana","A-1"]]}},
              {"type":"FOOTER","text":"Thanks"}]}
            """,
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateAsync_AuthenticationTemplate_PostsOtpShape()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/message_templates", """{"id":"2","status":"APPROVED","category":"AUTHENTICATION"}""");

        var result = await graph.Client.Templates.CreateAsync(new CreateTemplateRequest("login_code", "en_US", TemplateCategory.Authentication,
        [
            new TemplateBody(null) { AddSecurityRecommendation = true },
            new TemplateFooter(null) { CodeExpirationMinutes = 10 },
            new TemplateButtons([new TemplateOtpButton(OtpType.OneTap) { Text = "Copy Code", AutofillText = "Autofill", PackageName = "com.example.app", SignatureHash = "K8a/AINcGX7" }]),
        ]), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(TemplateStatus.Approved, result.Status);
        JsonAssert.Equal(
            """
            {"name":"login_code","language":"en_US","category":"AUTHENTICATION","components":[
              {"type":"BODY","add_security_recommendation":true},
              {"type":"FOOTER","code_expiration_minutes":10},
              {"type":"BUTTONS","buttons":[{"type":"OTP","text":"Copy Code","otp_type":"ONE_TAP","autofill_text":"Autofill","package_name":"com.example.app","signature_hash":"K8a/AINcGX7"}]}]}
            """,
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateAsync_RawComponent_WrittenVerbatim()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/message_templates", """{"id":"3","status":"PENDING","category":"MARKETING"}""");

        await graph.Client.Templates.CreateAsync(new CreateTemplateRequest("carousel_offer", "en_US", TemplateCategory.Marketing,
        [
            new TemplateBody("Our picks for you today!"),
            new RawTemplateComponent("CAROUSEL", """{"type":"CAROUSEL","cards":[{"components":[]}]}"""),
        ]), cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal(
            """{"name":"carousel_offer","language":"en_US","category":"MARKETING","components":[{"type":"BODY","text":"Our picks for you today!"},{"type":"CAROUSEL","cards":[{"components":[]}]}]}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateAsync_GraphError_ThrowsApiExceptionWithCodeAndSubcode()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/message_templates", GraphErrorBody, 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Templates.CreateAsync(
            new CreateTemplateRequest("hello", "en_US", TemplateCategory.Marketing, [new TemplateBody("Hello there")]), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(100, error.ErrorCode);
        Assert.Equal(2388040, error.Error!.Subcode);
        Assert.Equal("The body is too long.", error.Error.UserMessage);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task EditAsync_PostsChangesToTemplateNode()
    {
        using var graph = new GraphServer().On("POST", "1001", """{"success":true}""");

        await graph.Client.Templates.EditAsync("1001", new EditTemplateRequest
        {
            Category = TemplateCategory.Marketing,
            Components = [new TemplateBody("Hi {{1}}, new offer inside.") { Examples = ["Ana"] }],
            MessageSendTtlSeconds = 600,
        }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal(
            """{"category":"MARKETING","components":[{"type":"BODY","text":"Hi {{1}}, new offer inside.","example":{"body_text":[["Ana"]]}}],"message_send_ttl_seconds":600}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task EditAsync_NothingToChange_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Templates.EditAsync("1001", new EditTemplateRequest(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task EditAsync_SuccessFalse_Throws()
    {
        using var graph = new GraphServer().On("POST", "1001", """{"success":false}""");

        await Assert.ThrowsAsync<WhatsAppException>(() =>
            graph.Client.Templates.EditAsync("1001", new EditTemplateRequest { MessageSendTtlSeconds = 60 }, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DeleteByNameAsync_DeletesWithNameQuery()
    {
        using var graph = new GraphServer().On("DELETE", $"{Waba}/message_templates", """{"success":true}""");

        await graph.Client.Templates.DeleteByNameAsync("order_update", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("DELETE", graph.SingleRequest().Method);
        AssertQuery(graph.SingleRequest(), ("name", "order_update"));
    }

    [Fact]
    public async Task DeleteAsync_DeletesWithIdAndName()
    {
        using var graph = new GraphServer().On("DELETE", "777/message_templates", """{"success":true}""");

        await graph.Client.Templates.DeleteAsync("1001", "order_update", new TemplateRequestOptions { BusinessAccountId = "777" }, TestContext.Current.CancellationToken);

        AssertQuery(graph.SingleRequest(), ("hsm_id", "1001"), ("name", "order_update"));
    }

    [Fact]
    public async Task DeleteByNameAsync_DisabledTemplate_MapsGraphError()
    {
        using var graph = new GraphServer().On("DELETE", $"{Waba}/message_templates",
            """{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,"error_data":"Disabled templates cannot be deleted","fbtrace_id":"Z"}}""", 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Templates.DeleteByNameAsync("old", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(100, error.ErrorCode);
        Assert.Equal("Disabled templates cannot be deleted", error.Error!.Details);
    }

    [Theory]
    [InlineData("Order_Update")]
    [InlineData("order-update")]
    [InlineData("order update")]
    [InlineData("")]
    public async Task DeleteByNameAsync_InvalidName_RefusedBeforeSending(string name)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Templates.DeleteByNameAsync(name, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("name", error.Field);
        Assert.Empty(graph.Requests);
    }
}
