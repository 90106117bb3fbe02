using System.Text;
using CloudApi.Sdk.Flows;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Flows;

public sealed class FlowsClientTests
{
    private const string Waba = GraphServer.BusinessAccountId;
    private const string FlowId = "1234567890123456";

    private const string ListAnswer = """
        {"data":[
          {"categories":["SIGN_UP"],"id":"111","name":"my first flow","status":"DRAFT","validation_errors":[]},
          {"categories":["SIGN_UP","SIGN_IN"],"id":"222","name":"my second flow","status":"DRAFT","validation_errors":[
            {"column_end":30,"column_start":17,"error":"INVALID_PROPERTY","error_type":"JSON_SCHEMA_ERROR","line_end":46,"line_start":46,
             "message":"The property \"initial-text\" cannot be specified at \"$root/screens/0/layout/children/2/children/0\"."}]},
          {"categories":["CONTACT_US"],"id":"333","name":"another flow","status":"PUBLISHED","validation_errors":[]}],
         "paging":{"cursors":{"after":"QVFIUnZAWV","before":"QVFIUnpKT"}}}
        """;

    private const string GetAnswer = """
        {"application":{"id":"4455","link":"https://www.facebook.com/games/?app_id=4455","name":"My Awesome App"},
         "categories":["OTHER"],"data_api_version":"3.0","data_channel_uri":"https://example.com/flows",
         "health_status":{"can_send_message":"BLOCKED","entities":[
           {"can_send_message":"AVAILABLE","entity_type":"FLOW","id":"1234567890123456"},
           {"can_send_message":"BLOCKED","entity_type":"WABA","id":"102290129340398","errors":[
             {"error_code":141006,"error_description":"There is an error with the payment method.","possible_solution":"Add a new payment method to the account."}]},
           {"can_send_message":"LIMITED","entity_type":"BUSINESS","id":"7788","additional_info":["Verify the business.",{"note":"x"}]}]},
         "id":"1234567890123456","json_version":"7.2","name":"my first flow",
         "preview":{"expires_at":"2023-05-21T11:18:09+0000","preview_url":"https://business.facebook.com/wa/manage/flows/550/preview/?token=b9d6"},
         "status":"DRAFT","validation_errors":[],
         "whatsapp_business_account":{"business_type":"ent","id":"102290129340398","message_template_namespace":"namespace-1","name":"My Awesome WABA","timezone_id":"54"}}
        """;

    private const string FlowJson = """{"version":"7.2","screens":[{"id":"WELCOME","terminal":true,"layout":{"type":"SingleColumnLayout","children":[]}}]}""";

    [Fact]
    public async Task ListAsync_MetaExample_ReadsFlowsAndTypedValidationErrors()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/flows", ListAnswer);
        var ct = TestContext.Current.CancellationToken;

        var flows = await graph.Client.Flows.ListAsync(cancellationToken: ct).ToListAsync(ct);

        Assert.Equal([("111", FlowStatus.Draft), ("222", FlowStatus.Draft), ("333", FlowStatus.Published)], flows.Select(f => (f.Id, f.Status)));
        Assert.Equal([FlowCategory.SignUp, FlowCategory.SignIn], flows[1].Categories);
        var error = Assert.Single(flows[1].ValidationErrors);
        Assert.Equal(("INVALID_PROPERTY", "JSON_SCHEMA_ERROR", 46, 46, 17, 30), (error.Error, error.ErrorType, error.LineStart, error.LineEnd, error.ColumnStart, error.ColumnEnd));
        Assert.StartsWith("line 46, column 17: INVALID_PROPERTY: The property \"initial-text\"", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(flows[0].ValidationErrors);
        Assert.Equal("another flow", flows[2].RawJson.GetProperty("name").GetString());
        AssertQuery(graph.SingleRequest(), ("fields", "id,name,status,categories,validation_errors"));
    }

    [Fact]
    public async Task ListAsync_PageSizeAndAdditionalFields_AreSent()
    {
        using var graph = new GraphServer().On("GET", "999/flows", """{"data":[{"id":"1","name":"a","status":"DRAFT","json_version":"7.2"}]}""");
        var ct = TestContext.Current.CancellationToken;

        var flows = await graph.Client.Flows.ListAsync(new FlowListOptions { BusinessAccountId = "999", PageSize = 5, AdditionalFields = ["json_version"] }, ct).ToListAsync(ct);

        Assert.Equal("7.2", Assert.Single(flows).JsonVersion);
        AssertQuery(graph.SingleRequest(), ("fields", "id,name,status,categories,validation_errors,json_version"), ("limit", "5"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void ListAsync_PageSizeOutOfRange_RefusedBeforeAnyRequest(int size)
    {
        using var graph = new GraphServer();

        var error = Assert.Throws<WhatsAppValidationException>(() => graph.Client.Flows.ListAsync(new FlowListOptions { PageSize = size }, TestContext.Current.CancellationToken));

        Assert.Equal("limit", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task CreateAsync_WithFlowJsonEndpointAndPublish_PostsMetasJsonBody()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/flows", """{"id":"5551","success":true,"validation_errors":[]}""");
        var request = new CreateFlowRequest("sign_up", [FlowCategory.SignUp, FlowCategory.Other])
        {
            FlowJson = FlowJson,
            EndpointUri = new Uri("https://flows.example.com/endpoint"),
            Publish = true,
        };

        var created = await graph.Client.Flows.CreateAsync(request, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("5551", created.Id);
        Assert.Empty(created.ValidationErrors);
        JsonAssert.Equal(
            $$"""{"name":"sign_up","categories":["SIGN_UP","OTHER"],"endpoint_uri":"https://flows.example.com/endpoint","flow_json":{{System.Text.Json.JsonSerializer.Serialize(FlowJson)}},"publish":true}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateAsync_CloneWithoutJson_SendsOnlyNameCategoriesAndClone()
    {
        using var graph = new GraphServer().On("POST", "999/flows", """{"id":"5552"}""");

        var created = await graph.Client.Flows.CreateAsync(new CreateFlowRequest("copy", [FlowCategory.Survey]) { CloneFlowId = FlowId },
            new FlowRequestOptions { BusinessAccountId = "999" }, TestContext.Current.CancellationToken);

        Assert.Equal("5552", created.Id);
        JsonAssert.Equal($$"""{"name":"copy","categories":["SURVEY"],"clone_flow_id":"{{FlowId}}"}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateAsync_PublishWithoutFlowJson_RefusedBeforeAnyRequest()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Flows.CreateAsync(new CreateFlowRequest("x", [FlowCategory.Other]) { Publish = true }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("publish", error.Field);
        Assert.Empty(graph.Requests);
    }

    public static TheoryData<Func<CreateFlowRequest>, string> InvalidCreations => new()
    {
        { () => new CreateFlowRequest(" ", [FlowCategory.Other]), "name" },
        { () => new CreateFlowRequest("x", []), "categories" },
        { () => new CreateFlowRequest("x", [FlowCategory.Other, "other"]), "categories" },
        { () => new CreateFlowRequest("x", [FlowCategory.Other]) { EndpointUri = new Uri("http://flows.example.com/") }, "endpoint_uri" },
        { () => new CreateFlowRequest("x", [FlowCategory.Other]) { CloneFlowId = "flow-1" }, "clone_flow_id" },
        { () => new CreateFlowRequest("x", [FlowCategory.Other]) { FlowJson = """{"version":"7.2","screens":[}""" }, "flow_json" },
        { () => new CreateFlowRequest("x", [FlowCategory.Other]) { FlowJson = "[1]" }, "flow_json" },
    };

    [Theory]
    [MemberData(nameof(InvalidCreations))]
    public void CreateFlowRequest_Invalid_RefusedNamingTheField(Func<CreateFlowRequest> create, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => create());

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void CreateFlowRequest_MalformedFlowJson_ErrorGivesLineAndNotTheText()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new CreateFlowRequest("x", [FlowCategory.Other]) { FlowJson = "{\n  \"version\": \"7.2\",\n  \"screens\": [}\n" });

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_MetaExample_ReadsPreviewHealthVersionsEndpointAccountAndApp()
    {
        using var graph = new GraphServer().On("GET", FlowId, GetAnswer);

        var flow = await graph.Client.Flows.GetAsync(FlowId, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((FlowId, "my first flow", FlowStatus.Draft, "7.2", "3.0"), (flow.Id, flow.Name, flow.Status, flow.JsonVersion, flow.DataApiVersion));
        Assert.Equal(new Uri("https://example.com/flows"), flow.EndpointUri);
        Assert.Equal(new Uri("https://business.facebook.com/wa/manage/flows/550/preview/?token=b9d6"), flow.Preview!.PreviewUrl);
        Assert.Equal(new DateTimeOffset(2023, 5, 21, 11, 18, 9, TimeSpan.Zero), flow.Preview.ExpiresAt);
        Assert.Equal(FlowSendAvailability.Blocked, flow.HealthStatus!.CanSendMessage);
        Assert.Equal([FlowHealthEntityType.Flow, FlowHealthEntityType.BusinessAccount, FlowHealthEntityType.Business], flow.HealthStatus.Entities.Select(e => e.EntityType));
        var error = Assert.Single(flow.HealthStatus.Entities[1].Errors);
        Assert.Equal((141006, "Add a new payment method to the account."), (error.ErrorCode, error.PossibleSolution));
        Assert.Equal(["Verify the business.", """{"note":"x"}"""], flow.HealthStatus.Entities[2].AdditionalInfo);
        Assert.Equal("102290129340398", flow.BusinessAccountId);
        Assert.Equal(("4455", "My Awesome App"), (flow.Application!.Id, flow.Application.Name));
        AssertQuery(graph.SingleRequest(), ("fields",
            "id,name,categories,preview,status,validation_errors,json_version,data_api_version,endpoint_uri,whatsapp_business_account,application,health_status"));
    }

    [Fact]
    public async Task GetAsync_MalformedId_RefusedBeforeAnyRequest()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Flows.GetAsync("flow-1", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("flowId", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task UpdateAsync_PostsOnlyTheChangedFields()
    {
        using var graph = new GraphServer().On("POST", FlowId, """{"success":true}""");

        await graph.Client.Flows.UpdateAsync(FlowId, new UpdateFlowRequest { Name = "renamed", Categories = [FlowCategory.LeadGeneration] },
            cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"name":"renamed","categories":["LEAD_GENERATION"]}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task UpdateAsync_NothingChanged_RefusedBeforeAnyRequest()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Flows.UpdateAsync(FlowId, new UpdateFlowRequest(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("request", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/publish")]
    [InlineData("POST", "/deprecate")]
    public async Task LifecycleCalls_UseTheirVerbAndPath_AndRequireSuccess(string method, string edge)
    {
        using var graph = new GraphServer().On(method, FlowId + edge, """{"success":true}""");
        var flows = graph.Client.Flows;
        var ct = TestContext.Current.CancellationToken;

        await (edge switch
        {
            "" => flows.DeleteAsync(FlowId, cancellationToken: ct),
            "/publish" => flows.PublishAsync(FlowId, cancellationToken: ct),
            _ => flows.DeprecateAsync(FlowId, cancellationToken: ct),
        });

        Assert.Equal(method, graph.SingleRequest().Method);
    }

    [Fact]
    public async Task PublishAsync_FlowErrorCode_IsTypedAndNotTransient()
    {
        using var graph = new GraphServer().On("POST", FlowId + "/publish",
            """{"error":{"message":"(#139002) Publishing error","type":"OAuthException","code":139002,"error_user_msg":"The flow has validation errors.","fbtrace_id":"AbC"}}""", status: 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Flows.PublishAsync(FlowId, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(WhatsAppErrorCodes.FlowPublishingError, error.ErrorCode);
        Assert.True(WhatsAppErrorCodes.IsFlowError(error.ErrorCode!.Value));
        Assert.False(error.IsTransient);
        Assert.False(WhatsAppErrorCodes.IsFlowError(WhatsAppErrorCodes.TemplatePaused));
    }

    [Fact]
    public async Task ListAssetsAsync_ReadsTheFlowJsonAsset()
    {
        using var graph = new GraphServer().On("GET", FlowId + "/assets",
            """{"data":[{"asset_type":"FLOW_JSON","download_url":"https://scontent.xx.fbcdn.net/m1/v/t0.57323-24/An_Hq0jnfJ","name":"flow.json"}],"paging":{"cursors":{"after":"QVFIU","before":"QVFIU"}}}""");
        var ct = TestContext.Current.CancellationToken;

        var asset = Assert.Single(await graph.Client.Flows.ListAssetsAsync(FlowId, cancellationToken: ct).ToListAsync(ct));

        Assert.Equal(("flow.json", "FLOW_JSON", new Uri("https://scontent.xx.fbcdn.net/m1/v/t0.57323-24/An_Hq0jnfJ")), (asset.Name, asset.AssetType, asset.DownloadUrl));
    }

    public static TheoryData<string> UploadKinds => new() { "string", "bytes", "stream" };

    [Theory]
    [MemberData(nameof(UploadKinds))]
    public async Task UploadFlowJsonAsync_EveryOverload_SendsTheFileAsMultipartFlowJson(string kind)
    {
        using var graph = new GraphServer().On("POST", FlowId + "/assets", """{"success":true,"validation_errors":[]}""");
        var flows = graph.Client.Flows;
        var ct = TestContext.Current.CancellationToken;

        var result = kind switch
        {
            "string" => await flows.UploadFlowJsonAsync(FlowId, FlowJson, cancellationToken: ct),
            "bytes" => await flows.UploadFlowJsonAsync(FlowId, Encoding.UTF8.GetBytes(FlowJson), cancellationToken: ct),
            _ => await flows.UploadFlowJsonAsync(FlowId, new MemoryStream(Encoding.UTF8.GetBytes(FlowJson)), cancellationToken: ct),
        };

        Assert.True(result.IsValid);
        var request = graph.SingleRequest();
        Assert.StartsWith("multipart/form-data", request.Headers!["Content-Type"][0], StringComparison.Ordinal);
        var body = request.Body!;
        Assert.Contains("name=file; filename=flow.json", body.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/json", body, StringComparison.Ordinal);
        Assert.Contains(FlowJson, body, StringComparison.Ordinal);
        Assert.Contains("name=asset_type\r\n\r\nFLOW_JSON", body.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("name=name\r\n\r\nflow.json", body.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadFlowJsonAsync_TypedFlow_SendsItsSerializedJson()
    {
        using var graph = new GraphServer().On("POST", FlowId + "/assets", """{"success":true,"validation_errors":[]}""");
        var flow = new CloudApi.Sdk.Flows.Json.FlowJson
        {
            Screens =
            [
                new CloudApi.Sdk.Flows.Json.FlowScreen("DONE")
                {
                    Title = "Thanks",
                    Terminal = true,
                    Layout = [new CloudApi.Sdk.Flows.Json.TextHeading("All set"), new CloudApi.Sdk.Flows.Json.Footer("Close", CloudApi.Sdk.Flows.Json.FlowAction.Complete())],
                },
            ],
        };

        var result = await graph.Client.Flows.UploadFlowJsonAsync(FlowId, flow, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.IsValid);
        Assert.Contains(flow.ToJson(), graph.SingleRequest().Body!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadFlowJsonAsync_TypedFlowWithoutTerminalScreen_RefusedBeforeAnyRequest()
    {
        using var graph = new GraphServer();
        var flow = new CloudApi.Sdk.Flows.Json.FlowJson
        {
            Screens = [new CloudApi.Sdk.Flows.Json.FlowScreen("ONLY") { Layout = [new CloudApi.Sdk.Flows.Json.TextBody("no way out")] }],
        };

        await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Flows.UploadFlowJsonAsync(FlowId, flow, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task UploadFlowJsonAsync_MetaValidationErrors_AreTypedWithPointers()
    {
        using var graph = new GraphServer().On("POST", FlowId + "/assets", """
            {"success":true,"validation_errors":[{"error":"INVALID_PROPERTY_VALUE","error_type":"FLOW_JSON_ERROR","message":"Invalid value found for the property 'type'.",
              "line_start":10,"line_end":10,"column_start":21,"column_end":34,
              "pointers":[{"line_start":10,"line_end":10,"column_start":21,"column_end":34,"path":"screens[0].layout.children[0].type"}]}]}
            """);

        var result = await graph.Client.Flows.UploadFlowJsonAsync(FlowId, FlowJson, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.IsValid);
        var pointer = Assert.Single(Assert.Single(result.ValidationErrors).Pointers);
        Assert.Equal(("screens[0].layout.children[0].type", 10, 21, 34), (pointer.Path, pointer.LineStart, pointer.ColumnStart, pointer.ColumnEnd));
    }

    [Fact]
    public async Task UploadFlowJsonAsync_NotJson_RefusedBeforeAnyRequest()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Flows.UploadFlowJsonAsync(FlowId, new MemoryStream("not json"u8.ToArray()), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("file", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task MigrateAsync_PostsSourceAndNames_ReadsMigratedAndFailed()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/migrate_flows", """
            {"failed_flows":[{"error_code":"4233041","error_message":"Flows Migration Error: Flow name not found in source WABA.","source_name":"leadgen"}],
             "migrated_flows":[{"migrated_id":"9001","source_id":"8001","source_name":"appointment"}]}
            """);

        var result = await graph.Client.Flows.MigrateAsync(new MigrateFlowsRequest("777") { SourceFlowNames = ["appointment", "leadgen"] },
            cancellationToken: TestContext.Current.CancellationToken);

        var migrated = Assert.Single(result.MigratedFlows);
        Assert.Equal(("appointment", "8001", "9001"), (migrated.SourceName, migrated.SourceId, migrated.MigratedId));
        var failed = Assert.Single(result.FailedFlows);
        Assert.Equal(("leadgen", "4233041"), (failed.SourceName, failed.ErrorCode));
        JsonAssert.Equal("""{"source_waba_id":"777","source_flow_names":["appointment","leadgen"]}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task MigrateAsync_SourceIsTheDestination_RefusedBeforeAnyRequest()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Flows.MigrateAsync(new MigrateFlowsRequest(Waba), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("source_waba_id", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task GetEndpointMetricAsync_WritesTheFieldExpression_ReadsDataPoints()
    {
        using var graph = new GraphServer().On("GET", FlowId, """
            {"id":"1234567890123456","metric":{"data_points":[
              {"data":[{"key":"succeeded","value":713},{"key":"failed","value":335}],"timestamp":"2024-01-28T08:00:00+0000"},
              {"data":[{"key":"succeeded","value":623},{"key":"failed","value":2}],"timestamp":"2024-01-29T08:00:00+0000"}],
             "granularity":"DAY","name":"ENDPOINT_AVAILABILITY"}}
            """);
        var query = new FlowMetricQuery(FlowMetricName.EndpointAvailability, FlowMetricGranularity.Day)
        {
            Since = new DateOnly(2024, 1, 28),
            Until = new DateOnly(2024, 1, 29),
        };

        var metric = await graph.Client.Flows.GetEndpointMetricAsync(FlowId, query, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((FlowId, FlowMetricName.EndpointAvailability, FlowMetricGranularity.Day), (metric.FlowId, metric.Name, metric.Granularity));
        Assert.Equal([new DateTimeOffset(2024, 1, 28, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 29, 8, 0, 0, TimeSpan.Zero)], metric.DataPoints.Select(p => p.Timestamp));
        Assert.Equal((713m, 335m), (metric.DataPoints[0]["succeeded"], metric.DataPoints[0]["failed"]));
        Assert.Null(metric.DataPoints[0]["value"]);
        AssertQuery(graph.SingleRequest(), ("fields", "metric.name(ENDPOINT_AVAILABILITY).granularity(DAY).since(2024-01-28).until(2024-01-29)"));
    }

    [Fact]
    public async Task GetEndpointMetricAsync_UntilBeforeSince_RefusedBeforeAnyRequest()
    {
        using var graph = new GraphServer();
        var query = new FlowMetricQuery(FlowMetricName.EndpointRequestCount, FlowMetricGranularity.Day) { Since = new DateOnly(2024, 2, 2), Until = new DateOnly(2024, 2, 1) };

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Flows.GetEndpointMetricAsync(FlowId, query, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("metric.until", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task GetEndpointMetricAsync_NameThatWouldBreakTheExpression_Refused()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Flows.GetEndpointMetricAsync(
            FlowId, new FlowMetricQuery("X).until(2030", FlowMetricGranularity.Day), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("metric.name", error.Field);
        Assert.Empty(graph.Requests);
    }
}
