using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class FlowTests
{
    private const string FlowsPath = $"v26.0/{EmulatorHarness.WabaId}/flows";

    private const string ValidJson = """
        {"version":"7.2","screens":[
          {"id":"WELCOME","layout":{"type":"SingleColumnLayout","children":[
            {"type":"Footer","label":"Next","on-click-action":{"name":"navigate","next":{"type":"screen","name":"DONE"},"payload":{}}}]}},
          {"id":"DONE","terminal":true,"layout":{"type":"SingleColumnLayout","children":[
            {"type":"Footer","label":"Finish","on-click-action":{"name":"complete","payload":{}}}]}}]}
        """;

    private static async Task<string> CreateAsync(EmulatorHarness harness, string body = """{"name":"sign_up","categories":["SIGN_UP"]}""")
    {
        using var response = await harness.PostJsonAsync(FlowsPath, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await EmulatorHarness.JsonAsync(response))["id"]!.GetValue<string>();
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> UploadAsync(EmulatorHarness harness, string flowId, string json)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var form = new MultipartFormDataContent
        {
            { file, "file", "flow.json" },
            { new StringContent("flow.json"), "name" },
            { new StringContent("FLOW_JSON"), "asset_type" },
        };
        using var response = await harness.Http.PostAsync($"v26.0/{flowId}/assets", form, TestContext.Current.CancellationToken);
        return (response.StatusCode, await EmulatorHarness.JsonAsync(response));
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(EmulatorHarness harness, string path, string json = "{}")
    {
        using var response = await harness.PostJsonAsync(path, json);
        return (response.StatusCode, await EmulatorHarness.JsonAsync(response));
    }

    private static int Code(JsonNode body) => body["error"]!["code"]!.GetValue<int>();

    [Fact]
    public async Task Lifecycle_DraftPublishedDeprecated_StatusFollowsAndListShowsIt()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness);
        Assert.Equal("DRAFT", (await harness.GetJsonAsync($"v26.0/{id}"))["status"]!.GetValue<string>());

        var (_, uploaded) = await UploadAsync(harness, id, ValidJson);
        JsonAssert.Equal("""{"success":true,"validation_errors":[]}""", uploaded);
        JsonAssert.Equal("""{"success":true}""", (await PostAsync(harness, $"v26.0/{id}/publish")).Body);
        Assert.Equal("PUBLISHED", (await harness.GetJsonAsync($"v26.0/{id}"))["status"]!.GetValue<string>());
        JsonAssert.Equal("""{"success":true}""", (await PostAsync(harness, $"v26.0/{id}/deprecate")).Body);

        var list = await harness.GetJsonAsync(FlowsPath);
        JsonAssert.Equal($$"""[{"id":"{{id}}","name":"sign_up","status":"DEPRECATED","categories":["SIGN_UP"],"validation_errors":[]}]""", list["data"]);
    }

    [Fact]
    public async Task Get_AllFields_AnswersVersionsPreviewHealthAndAccount()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness, """{"name":"book","categories":["APPOINTMENT_BOOKING"],"endpoint_uri":"https://flows.example.com/e"}""");
        await UploadAsync(harness, id, ValidJson.Replace("\"version\":\"7.2\"", "\"version\":\"7.2\",\"data_api_version\":\"3.0\"", StringComparison.Ordinal));

        var flow = await harness.GetJsonAsync($"v26.0/{id}?fields=id,name,json_version,data_api_version,endpoint_uri,preview,health_status,whatsapp_business_account");

        Assert.Equal(("7.2", "3.0", "https://flows.example.com/e"),
            (flow["json_version"]!.GetValue<string>(), flow["data_api_version"]!.GetValue<string>(), flow["endpoint_uri"]!.GetValue<string>()));
        Assert.StartsWith(harness.Emulator.BaseAddress.AbsoluteUri, flow["preview"]!["preview_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2026-03-31T12:00:00+0000", flow["preview"]!["expires_at"]!.GetValue<string>());
        Assert.Equal("AVAILABLE", flow["health_status"]!["can_send_message"]!.GetValue<string>());
        Assert.Equal(EmulatorHarness.WabaId, flow["whatsapp_business_account"]!["id"]!.GetValue<string>());
        Assert.Null(flow["categories"]);
    }

    [Fact]
    public async Task Upload_SyntaxError_AnswersInvalidJsonWithLineAndColumn()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness);

        var (status, body) = await UploadAsync(harness, id, "{\n  \"version\": \"7.2\",\n  \"screens\": [,]\n}");

        Assert.Equal(HttpStatusCode.OK, status);
        var error = Assert.Single(body["validation_errors"]!.AsArray())!;
        Assert.Equal(("INVALID_JSON", "JSON_SYNTAX_ERROR", 3, 15), (error["error"]!.GetValue<string>(), error["error_type"]!.GetValue<string>(),
            error["line_start"]!.GetValue<int>(), error["column_start"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Upload_MissingVersionAndScreens_AnswersSchemaErrorsAtTheRoot()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness);

        var (_, body) = await UploadAsync(harness, id, """{"routing_model":{}}""");

        Assert.Equal(
            ["The property \"version\" is required at \"$root\".", "The property \"screens\" is required at \"$root\"."],
            body["validation_errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()));
        Assert.All(body["validation_errors"]!.AsArray(), e => Assert.Equal("MISSING_REQUIRED_PROPERTY", e!["error"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Upload_NavigateToUnknownScreen_PointsAtTheScreenName()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness);
        var json = ValidJson.Replace("\"name\":\"DONE\"", "\"name\":\"NOWHERE\"", StringComparison.Ordinal);

        var (_, body) = await UploadAsync(harness, id, json);

        var error = Assert.Single(body["validation_errors"]!.AsArray())!;
        Assert.Equal("INVALID_SCREEN_REFERENCE", error["error"]!.GetValue<string>());
        Assert.Contains("\"NOWHERE\"", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var pointer = error["pointers"]![0]!;
        Assert.Equal("screens[0].layout.children[0].on-click-action.next.name", pointer["path"]!.GetValue<string>());
        var line = json.Split('\n')[pointer["line_start"]!.GetValue<int>() - 1];
        Assert.Equal("\"NOWHERE\"", line.Substring(pointer["column_start"]!.GetValue<int>() - 1, "\"NOWHERE\"".Length));
    }

    [Fact]
    public async Task Upload_NoTerminalScreenAndBadRoutingModel_AnswersBoth()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness);
        var json = """{"version":"7.2","routing_model":{"A":["B"]},"screens":[{"id":"A","layout":{"type":"SingleColumnLayout","children":[]}}]}""";

        var (_, body) = await UploadAsync(harness, id, json);

        Assert.Equal(["MISSING_TERMINAL_SCREEN", "INVALID_SCREEN_REFERENCE"], body["validation_errors"]!.AsArray().Select(e => e!["error"]!.GetValue<string>()));
        Assert.Equal(2, (await harness.GetJsonAsync($"v26.0/{id}"))["validation_errors"]!.AsArray().Count);
    }

    [Fact]
    public async Task Publish_WithValidationErrorsOrWithoutJson_Refused139002()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var empty = await CreateAsync(harness);
        var broken = await CreateAsync(harness);
        await UploadAsync(harness, broken, """{"version":"7.2"}""");

        var (status, body) = await PostAsync(harness, $"v26.0/{empty}/publish");
        Assert.Equal((HttpStatusCode.BadRequest, 139002), (status, Code(body)));
        Assert.Equal(139002, Code((await PostAsync(harness, $"v26.0/{broken}/publish")).Body));
        Assert.Equal("DRAFT", (await harness.GetJsonAsync($"v26.0/{broken}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publish_EndpointFlowWithoutBusinessKey_Refused_ThenAcceptedOnceTheKeyIsSet()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness, """{"name":"e","categories":["OTHER"],"endpoint_uri":"https://flows.example.com/e"}""");
        await UploadAsync(harness, id, ValidJson.Replace("\"version\":\"7.2\"", "\"version\":\"7.2\",\"data_api_version\":\"3.0\"", StringComparison.Ordinal));

        var (_, refused) = await PostAsync(harness, $"v26.0/{id}/publish");
        Assert.Equal(139002, Code(refused));
        Assert.Contains("business public key", refused["error"]!["error_data"]!["details"]!.GetValue<string>(), StringComparison.Ordinal);

        using var rsa = RSA.Create(2048);
        using var key = new FormUrlEncodedContent([new("business_public_key", rsa.ExportSubjectPublicKeyInfoPem())]);
        using var set = await harness.Http.PostAsync($"v26.0/{EmulatorHarness.NumberId}/whatsapp_business_encryption", key, TestContext.Current.CancellationToken);
        Assert.True(set.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(harness, $"v26.0/{id}/publish")).Status);
    }

    [Fact]
    public async Task PublishedFlow_CannotBeDeletedOrReuploaded_DraftCannotBeDeprecated()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var draft = await CreateAsync(harness);
        var published = await CreateAsync(harness, $$"""{"name":"p","categories":["OTHER"],"flow_json":{{System.Text.Json.JsonSerializer.Serialize(ValidJson)}},"publish":true}""");

        Assert.Equal(139003, Code((await PostAsync(harness, $"v26.0/{draft}/deprecate")).Body));
        Assert.Equal(139001, Code((await UploadAsync(harness, published, ValidJson)).Body));
        using var deletePublished = await harness.Http.DeleteAsync($"v26.0/{published}", TestContext.Current.CancellationToken);
        Assert.Equal(139004, Code(await EmulatorHarness.JsonAsync(deletePublished)));

        using var deleteDraft = await harness.Http.DeleteAsync($"v26.0/{draft}", TestContext.Current.CancellationToken);
        JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(deleteDraft));
        using var gone = await harness.Http.GetAsync($"v26.0/{draft}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
    }

    [Fact]
    public async Task Create_WithInvalidFlowJsonAndPublish_StaysDraftAndAnswersTheErrors()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (_, body) = await PostAsync(harness, FlowsPath, """{"name":"x","categories":["OTHER"],"flow_json":"{\"screens\":[]}","publish":true}""");

        Assert.NotEmpty(body["validation_errors"]!.AsArray());
        Assert.Equal("DRAFT", (await harness.GetJsonAsync($"v26.0/{body["id"]!.GetValue<string>()}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_FormWithCategoriesAsString_AndUnknownCategoryRefused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var form = new FormUrlEncodedContent([new("name", "f"), new("categories", """["SURVEY","OTHER"]""")]);
        using var created = await harness.Http.PostAsync(FlowsPath, form, TestContext.Current.CancellationToken);
        var id = (await EmulatorHarness.JsonAsync(created))["id"]!.GetValue<string>();

        JsonAssert.Equal("""["SURVEY","OTHER"]""", (await harness.GetJsonAsync($"v26.0/{id}"))["categories"]);
        Assert.Equal(100, Code((await PostAsync(harness, FlowsPath, """{"name":"g","categories":["GAMES"]}""")).Body));
    }

    [Fact]
    public async Task Clone_CopiesTheFlowJson_AndAssetsServeIt()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var source = await CreateAsync(harness);
        await UploadAsync(harness, source, ValidJson);

        var clone = await CreateAsync(harness, $$"""{"name":"clone","categories":["OTHER"],"clone_flow_id":"{{source}}"}""");
        var asset = (await harness.GetJsonAsync($"v26.0/{clone}/assets"))["data"]![0]!;

        Assert.Equal(("flow.json", "FLOW_JSON"), (asset["name"]!.GetValue<string>(), asset["asset_type"]!.GetValue<string>()));
        using var download = await harness.Http.GetAsync(asset["download_url"]!.GetValue<string>(), TestContext.Current.CancellationToken);
        Assert.Equal(ValidJson, await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty((await harness.GetJsonAsync($"v26.0/{await CreateAsync(harness)}/assets"))["data"]!.AsArray());
    }

    [Fact]
    public async Task UpdateMetadata_ChangesNameCategoriesAndEndpoint()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness);

        JsonAssert.Equal("""{"success":true}""", (await PostAsync(harness, $"v26.0/{id}", """{"name":"renamed","categories":["CONTACT_US"],"endpoint_uri":"https://e.example.com/f"}""")).Body);

        var flow = await harness.GetJsonAsync($"v26.0/{id}?fields=name,categories,endpoint_uri");
        JsonAssert.Equal($$"""{"name":"renamed","categories":["CONTACT_US"],"endpoint_uri":"https://e.example.com/f","id":"{{id}}"}""", flow);
        Assert.Equal(131008, Code((await PostAsync(harness, $"v26.0/{id}", "{}")).Body));
    }

    [Fact]
    public async Task Migrate_CopiesNamedFlowsAsDrafts_AndReportsUnknownNames()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.BusinessAccounts.Add(new EmulatedBusinessAccount { Id = "333", Name = "Destination" }));
        var source = await CreateAsync(harness, """{"name":"appointment","categories":["APPOINTMENT_BOOKING"]}""");

        var (_, body) = await PostAsync(harness, "v26.0/333/migrate_flows", $$"""{"source_waba_id":"{{EmulatorHarness.WabaId}}","source_flow_names":["appointment","leadgen"]}""");

        var migrated = body["migrated_flows"]![0]!;
        Assert.Equal(("appointment", source), (migrated["source_name"]!.GetValue<string>(), migrated["source_id"]!.GetValue<string>()));
        JsonAssert.Equal("""[{"source_name":"leadgen","error_code":"4233041","error_message":"Flows Migration Error: Flow name not found in source WABA."}]""", body["failed_flows"]);
        var copies = (await harness.GetJsonAsync("v26.0/333/flows"))["data"]!.AsArray();
        Assert.Equal(migrated["migrated_id"]!.GetValue<string>(), Assert.Single(copies)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Metrics_DayGranularity_AnswersOneZeroPointPerDay()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness);

        var answer = await harness.GetJsonAsync($"v26.0/{id}?fields=metric.name(ENDPOINT_REQUEST_COUNT).granularity(DAY).since(2026-02-27).until(2026-03-01)");

        Assert.Equal(("ENDPOINT_REQUEST_COUNT", "DAY"), (answer["metric"]!["name"]!.GetValue<string>(), answer["metric"]!["granularity"]!.GetValue<string>()));
        Assert.Equal(["2026-02-27T00:00:00+0000", "2026-02-28T00:00:00+0000", "2026-03-01T00:00:00+0000"],
            answer["metric"]!["data_points"]!.AsArray().Select(p => p!["timestamp"]!.GetValue<string>()));
        JsonAssert.Equal("""[{"key":"value","value":0}]""", answer["metric"]!["data_points"]![0]!["data"]);
        using var bad = await harness.Http.GetAsync($"v26.0/{id}?fields=metric.name(NOPE).granularity(DAY)", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
