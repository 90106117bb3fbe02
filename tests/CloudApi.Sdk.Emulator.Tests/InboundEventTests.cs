using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary><c>/_emulator/inbound</c> produces every kind of webhook a handler may meet, and sent messages' statuses carry Meta's pricing.</summary>
public sealed class InboundEventTests
{
    [Fact]
    public async Task InboundEndpoint_Field_DeliversTheChangeWithTheNumbersMetadata()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);

        using var response = await harness.PostJsonAsync("_emulator/inbound", """
            {"field":"calls","value":{"calls":[{"id":"wacid.1","from":"16505551234","to":"15550000111","event":"connect","timestamp":"1749416383",
              "direction":"USER_INITIATED","session":{"sdp_type":"offer","sdp":"v=0\r\n"}}]}}
            """);
        var webhook = await receiver.NextAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(WebhookReceiver.Signature(webhook.Body, "test-secret"), webhook.Signature);
        var change = webhook.Json["entry"]![0]!["changes"]![0]!;
        Assert.Equal("calls", change["field"]!.GetValue<string>());
        Assert.Equal(harness.Time.GetUtcNow().ToUnixTimeSeconds(), webhook.Json["entry"]![0]!["time"]!.GetValue<long>());
        JsonAssert.Equal($$"""{"display_phone_number":"15550000111","phone_number_id":"{{EmulatorHarness.NumberId}}"}""", webhook.Value["metadata"]);
        Assert.Equal("offer", webhook.Value["calls"]![0]!["session"]!["sdp_type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("group_participants_update", """{"groups":[{"timestamp":"1","group_id":"g-1","type":"group_participants_add","added_participants":[{"wa_id":"16505551234"}]}]}""", true)]
    [InlineData("smb_message_echoes", """{"message_echoes":[{"from":"15550000111","to":"16505551234","id":"wamid.E","timestamp":"1","type":"text","text":{"body":"sent from the app"}}]}""", true)]
    [InlineData("history", """{"history":[{"metadata":{"phase":0,"chunk_order":1,"progress":100},"threads":[]}]}""", true)]
    [InlineData("account_update", """{"event":"ACCOUNT_VIOLATION","violation_info":{"violation_type":"SPAM"}}""", false)]
    [InlineData("flows", """{"event":"FLOW_STATUS_CHANGE","flow_id":"1","old_status":"DRAFT","new_status":"PUBLISHED"}""", false)]
    public async Task InboundEndpoint_AnyField_IsDeliveredAsGiven(string field, string value, bool listShaped)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);

        using var response = await harness.PostJsonAsync("_emulator/inbound", $$"""{"field":"{{field}}","value":{{value}}}""");
        var webhook = await receiver.NextAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(field, webhook.Json["entry"]![0]!["changes"]![0]!["field"]!.GetValue<string>());
        var expected = JsonNode.Parse(value)!.AsObject();
        foreach (var (name, node) in expected)
        {
            JsonAssert.Equal(node!.ToJsonString(), webhook.Value[name]);
        }

        Assert.Equal(listShaped, webhook.Value["metadata"] is not null);
    }

    [Fact]
    public async Task InboundEndpoint_FieldWithoutValue_IsRefused()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.PostJsonAsync("_emulator/inbound", """{"field":"calls"}""");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task InboundEndpoint_GroupMessageFromUserWithBusinessScopedId_CarriesTheIds()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);

        using var response = await harness.PostJsonAsync("_emulator/inbound", """
            {"from":"+16505551234","text":"hello group","name":"Ana","user_id":"US.1349","parent_user_id":"US.ENT.1","username":"ana.s","group_id":"120363025246125486@g.us"}
            """);
        var webhook = await receiver.NextAsync();

        var message = webhook.Value["messages"]![0]!;
        Assert.Equal(("US.1349", "US.ENT.1", "120363025246125486@g.us"),
            (message["from_user_id"]!.GetValue<string>(), message["from_parent_user_id"]!.GetValue<string>(), message["group_id"]!.GetValue<string>()));
        var contact = webhook.Value["contacts"]![0]!;
        Assert.Equal(("US.1349", "US.ENT.1", "ana.s", "Ana"),
            (contact["user_id"]!.GetValue<string>(), contact["parent_user_id"]!.GetValue<string>(), contact["profile"]!["username"]!.GetValue<string>(), contact["profile"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SimulateInbound_OptionsWithUserIdAndGroup_CarryThem()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);

        await harness.Emulator.SimulateInboundMessageAsync("+16505551234", "hi", new InboundMessageOptions { UserId = "US.7", Username = "bo", GroupId = "g-9" }, TestContext.Current.CancellationToken);
        var webhook = await receiver.NextAsync();

        Assert.Equal("g-9", webhook.Value["messages"]![0]!["group_id"]!.GetValue<string>());
        Assert.Equal("US.7", webhook.Value["contacts"]![0]!["user_id"]!.GetValue<string>());
        Assert.Equal("bo", webhook.Value["contacts"]![0]!["profile"]!["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task InboundEndpoint_EditMessage_IsDeliveredWithItsContent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);

        using var response = await harness.PostJsonAsync("_emulator/inbound", """
            {"from":"+16505551234","message":{"type":"edit","edit":{"original_message_id":"wamid.OLD","message":{"type":"text","text":{"body":"fixed"}}}}}
            """);
        var webhook = await receiver.NextAsync();

        var message = webhook.Value["messages"]![0]!;
        Assert.Equal("edit", message["type"]!.GetValue<string>());
        Assert.Equal("fixed", message["edit"]!["message"]!["text"]!["body"]!.GetValue<string>());
        Assert.StartsWith("wamid.", message["id"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FreeFormMessage_StatusesArePricedAsServiceWithTheCallbackData()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        using var response = await harness.SendAsync(
            """{"messaging_product":"whatsapp","to":"+16505551234","type":"text","text":{"body":"hi"},"biz_opaque_callback_data":"ticket-3"}""");

        var webhooks = await receiver.NextAsync(3);

        Assert.All(webhooks, w => Assert.Equal("ticket-3", w.Status!["biz_opaque_callback_data"]!.GetValue<string>()));
        JsonAssert.Equal("""{"billable":false,"pricing_model":"PMP","type":"free_customer_service","category":"service"}""", webhooks[0].Status!["pricing"]);
        JsonAssert.Equal("""{"billable":false,"pricing_model":"PMP","type":"free_customer_service","category":"service"}""", webhooks[1].Status!["pricing"]);
        Assert.Null(webhooks[2].Status!["pricing"]);
    }

    [Fact]
    public async Task TemplateMessage_StatusesArePricedByTheTemplatesCategory()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookCallbackUri = receiver.Url;
            o.Webhooks.SendDeliveredAndRead = false;
        });
        using var created = await harness.PostJsonAsync($"v26.0/{EmulatorHarness.WabaId}/message_templates", """
            {"name":"spring_sale","language":"en_US","category":"MARKETING","components":[{"type":"BODY","text":"Spring sale!"}]}
            """);
        Assert.True(created.IsSuccessStatusCode);
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        using var response = await harness.SendAsync(
            """{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"spring_sale","language":{"code":"en_US"}}}""");
        var sent = await receiver.NextAsync();

        Assert.True(response.IsSuccessStatusCode);
        JsonAssert.Equal("""{"billable":true,"pricing_model":"PMP","type":"regular","category":"marketing"}""", sent.Status!["pricing"]);
    }
}
