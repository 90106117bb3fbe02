using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class FlowCompletionTests
{
    private const string User = "+16505551234";

    private static string FlowMessage(string flowId, string? token, bool draft = false)
    {
        var parameters = new JsonObject { ["flow_message_version"] = "3", ["flow_id"] = flowId, ["flow_cta"] = "Book" };
        if (token is not null)
        {
            parameters["flow_token"] = token;
        }

        if (draft)
        {
            parameters["mode"] = "draft";
        }

        return new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["to"] = User,
            ["type"] = "interactive",
            ["interactive"] = new JsonObject
            {
                ["type"] = "flow",
                ["body"] = new JsonObject { ["text"] = "Book now" },
                ["action"] = new JsonObject { ["name"] = "flow", ["parameters"] = parameters },
            },
        }.ToJsonString();
    }

    private static async Task<string> SendAsync(EmulatorHarness harness, string json)
    {
        using var response = await harness.SendAsync(json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await EmulatorHarness.JsonAsync(response))["messages"]![0]!["id"]!.GetValue<string>();
    }

    private static async Task<string> PublishedFlowAsync(EmulatorHarness harness)
    {
        const string Json = """{"version":"7.2","screens":[{"id":"DONE","terminal":true,"layout":{"type":"SingleColumnLayout","children":[]}}]}""";
        using var created = await harness.PostJsonAsync($"v26.0/{EmulatorHarness.WabaId}/flows",
            $$"""{"name":"booking","categories":["APPOINTMENT_BOOKING"],"flow_json":{{System.Text.Json.JsonSerializer.Serialize(Json)}},"publish":true}""");
        return (await EmulatorHarness.JsonAsync(created))["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Complete_ByMessageId_PostsNfmReplyWebhookReplyingToTheFlowMessage()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookCallbackUri = receiver.Url;
            o.Webhooks.SendDeliveredAndRead = false;
        });
        var flowId = await PublishedFlowAsync(harness);
        var messageId = await SendAsync(harness, FlowMessage(flowId, "booking-42"));
        await receiver.NextAsync(); // the flow message's "sent" status

        using var completed = await harness.PostJsonAsync("_emulator/flows/complete",
            $$"""{"message_id":"{{messageId}}","response":{"date":"2026-03-02","slots":2},"name":"Ana"}""");
        var answer = await EmulatorHarness.JsonAsync(completed);
        var webhook = await receiver.NextAsync();

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("booking-42", answer["flow_token"]!.GetValue<string>());
        var message = webhook.Value["messages"]![0]!;
        Assert.Equal((answer["id"]!.GetValue<string>(), "16505551234", "interactive"),
            (message["id"]!.GetValue<string>(), message["from"]!.GetValue<string>(), message["type"]!.GetValue<string>()));
        JsonAssert.Equal($$"""{"from":"15550000111","id":"{{messageId}}"}""", message["context"]);
        var reply = message["interactive"]!;
        Assert.Equal("nfm_reply", reply["type"]!.GetValue<string>());
        Assert.Equal(("flow", "Sent"), (reply["nfm_reply"]!["name"]!.GetValue<string>(), reply["nfm_reply"]!["body"]!.GetValue<string>()));
        JsonAssert.Equal("""{"date":"2026-03-02","slots":2,"flow_token":"booking-42"}""", JsonNode.Parse(reply["nfm_reply"]!["response_json"]!.GetValue<string>()));
        Assert.Equal("Ana", webhook.Value["contacts"]![0]!["profile"]!["name"]!.GetValue<string>());
        Assert.Equal(WebhookReceiver.Signature(webhook.Body, "test-secret"), webhook.Signature);
    }

    [Fact]
    public async Task Complete_ByFlowToken_FindsTheLatestMessageWithIt_NoTokenMeansUnused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var flowId = await PublishedFlowAsync(harness);
        await SendAsync(harness, FlowMessage(flowId, "t-1"));
        var withoutToken = await SendAsync(harness, FlowMessage(flowId, null));

        using var byToken = await harness.PostJsonAsync("_emulator/flows/complete", """{"flow_token":"t-1"}""");
        using var byId = await harness.PostJsonAsync("_emulator/flows/complete", $$"""{"message_id":"{{withoutToken}}"}""");

        Assert.Equal("t-1", (await EmulatorHarness.JsonAsync(byToken))["flow_token"]!.GetValue<string>());
        Assert.Equal("unused", (await EmulatorHarness.JsonAsync(byId))["flow_token"]!.GetValue<string>());
    }

    [Fact]
    public async Task Complete_UnknownTokenTextMessageOrDeprecatedFlow_Refused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var flowId = await PublishedFlowAsync(harness);
        var text = await SendAsync(harness, EmulatorHarness.Text(User));
        await SendAsync(harness, FlowMessage(flowId, "t-2"));
        using var deprecated = await harness.PostJsonAsync($"v26.0/{flowId}/deprecate", "{}");

        using var unknown = await harness.PostJsonAsync("_emulator/flows/complete", """{"flow_token":"nope"}""");
        using var notFlow = await harness.PostJsonAsync("_emulator/flows/complete", $$"""{"message_id":"{{text}}"}""");
        using var closed = await harness.PostJsonAsync("_emulator/flows/complete", """{"flow_token":"t-2"}""");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notFlow.StatusCode);
        Assert.Equal(139002, (await EmulatorHarness.JsonAsync(closed))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Complete_DraftFlow_NeedsAMessageInDraftMode()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var created = await harness.PostJsonAsync($"v26.0/{EmulatorHarness.WabaId}/flows", """{"name":"d","categories":["OTHER"]}""");
        var flowId = (await EmulatorHarness.JsonAsync(created))["id"]!.GetValue<string>();
        await SendAsync(harness, FlowMessage(flowId, "live"));
        await SendAsync(harness, FlowMessage(flowId, "test", draft: true));

        using var live = await harness.PostJsonAsync("_emulator/flows/complete", """{"flow_token":"live"}""");
        using var test = await harness.PostJsonAsync("_emulator/flows/complete", """{"flow_token":"test"}""");

        Assert.Equal(HttpStatusCode.BadRequest, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, test.StatusCode);
    }

    [Fact]
    public async Task BusinessPublicKey_SetThenGet_PerNumber_InvalidOrPrivateKeyRefused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        const string Path = $"v26.0/{EmulatorHarness.NumberId}/whatsapp_business_encryption";
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportSubjectPublicKeyInfoPem();
        JsonAssert.Equal("""{"data":[]}""", await harness.GetJsonAsync(Path));

        using var multipart = new MultipartFormDataContent { { new StringContent(pem), "business_public_key" } };
        using var set = await harness.Http.PostAsync(Path, multipart, TestContext.Current.CancellationToken);
        JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(set));
        var stored = (await harness.GetJsonAsync(Path))["data"]![0]!;
        Assert.Equal((pem, "VALID"), (stored["business_public_key"]!.GetValue<string>(), stored["business_public_key_signature_status"]!.GetValue<string>()));

        foreach (var bad in new[] { "not a key", rsa.ExportPkcs8PrivateKeyPem() })
        {
            using var form = new FormUrlEncodedContent([new("business_public_key", bad)]);
            using var refused = await harness.Http.PostAsync(Path, form, TestContext.Current.CancellationToken);
            Assert.Equal(100, (await EmulatorHarness.JsonAsync(refused))["error"]!["code"]!.GetValue<int>());
        }

        Assert.Equal(pem, (await harness.GetJsonAsync(Path))["data"]![0]!["business_public_key"]!.GetValue<string>());
    }
}
