using System.Net;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary>The emulated Groups API over raw HTTP: management answers as in Meta's spec, group webhooks, group sends and their errors.</summary>
public sealed class GroupTests
{
    private const string Number = $"v26.0/{EmulatorHarness.NumberId}";

    [Fact]
    public async Task Create_AnswersRequestIdThenLifecycleWebhookWithInviteLink()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);

        using var response = await harness.PostJsonAsync($"{Number}/groups",
            """{"messaging_product":"whatsapp","subject":"  New Purchase Inquiry ","description":"Jim","join_approval_mode":"approval_required"}""");
        var answer = await EmulatorHarness.JsonAsync(response);
        var webhook = await receiver.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("whatsapp", answer["messaging_product"]!.GetValue<string>());
        Assert.Matches("^[0-9A-F]{32}$", answer["request_id"]!.GetValue<string>());
        Assert.Equal("group_lifecycle_update", webhook.Json["entry"]![0]!["changes"]![0]!["field"]!.GetValue<string>());
        var group = webhook.Value["groups"]![0]!;
        Assert.Equal(("group_create", answer["request_id"]!.GetValue<string>(), "New Purchase Inquiry", "Jim", "approval_required"),
            (Text(group, "type"), Text(group, "request_id"), Text(group, "subject"), Text(group, "description"), Text(group, "join_approval_mode")));
        Assert.StartsWith("https://chat.whatsapp.com/", Text(group, "invite_link"), StringComparison.Ordinal);
        Assert.StartsWith("Y2FwaV9ncm91cD", Text(group, "group_id"), StringComparison.Ordinal);
        Assert.Equal(EmulatorHarness.NumberId, Text(webhook.Value["metadata"]!, "phone_number_id"));
    }

    [Theory]
    [InlineData("""{"messaging_product":"whatsapp"}""")]
    [InlineData("""{"messaging_product":"whatsapp","subject":"   "}""")]
    [InlineData("""{"messaging_product":"whatsapp","subject":"s","join_approval_mode":"sometimes"}""")]
    public async Task Create_BadBody_Refused(string body)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.PostJsonAsync($"{Number}/groups", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task List_DataGroupsWithCursorPaging_BadCursorIs131059()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var first = await CreateAsync(harness, "One");
        var second = await CreateAsync(harness, "Two");

        var page1 = await harness.GetJsonAsync($"{Number}/groups?limit=1");
        var after = page1["paging"]!["cursors"]!["after"]!.GetValue<string>();
        var page2 = await harness.GetJsonAsync($"{Number}/groups?limit=1&after={after}");
        using var bad = await harness.Http.GetAsync($"{Number}/groups?after=bm90LWEtY3Vyc29y", TestContext.Current.CancellationToken);

        Assert.Equal(first, Text(page1["data"]!["groups"]![0]!, "id"));
        Assert.Equal("One", Text(page1["data"]!["groups"]![0]!, "subject"));
        Assert.NotNull(page1["paging"]!["next"]);
        Assert.Equal(second, Text(page2["data"]!["groups"]![0]!, "id"));
        Assert.Null(page2["paging"]!["next"]);
        Assert.Equal(131059, (await EmulatorHarness.JsonAsync(bad))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task GetInfo_FieldsAsked_OnlyThoseWithId()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness, "AI Insights");
        await JoinAsync(harness, id, "+16505551234");

        var all = await harness.GetJsonAsync($"v26.0/{id}");
        var some = await harness.GetJsonAsync($"v26.0/{id}?fields=subject,participants");

        Assert.Equal(("AI Insights", "auto_approve", false, 1), (Text(all, "subject"), Text(all, "join_approval_mode"), all["suspended"]!.GetValue<bool>(), all["total_participant_count"]!.GetValue<int>()));
        JsonAssert.Equal($$"""{"messaging_product":"whatsapp","id":"{{id}}","subject":"AI Insights","participants":[{"wa_id":"16505551234"}]}""", some);
    }

    [Fact]
    public async Task UnknownGroup_AnyCall_131041()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        const string Unknown = "Y2FwaV9ncm91cDoxNTU1MDAwMDExMToxMjAzNjMwMDAwMDAwMDAwOTk";

        using var get = await harness.Http.GetAsync($"v26.0/{Unknown}", TestContext.Current.CancellationToken);
        using var link = await harness.PostJsonAsync($"v26.0/{Unknown}/invite_link", """{"messaging_product":"whatsapp"}""");
        var send = await harness.SendCodeAsync(GroupText(Unknown));

        Assert.Equal(131041, (await EmulatorHarness.JsonAsync(get))["error"]!["code"]!.GetValue<int>());
        Assert.Equal(131041, (await EmulatorHarness.JsonAsync(link))["error"]!["code"]!.GetValue<int>());
        Assert.Equal(131041, send);
    }

    [Fact]
    public async Task InviteLink_Reset_OldLinkNoLongerJoinsAndDeleteAnswersStringTrue()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness, "Links");

        using var created = await harness.PostJsonAsync($"v26.0/{id}/invite_link", """{"messaging_product":"whatsapp"}""");
        var link = Text(await EmulatorHarness.JsonAsync(created), "invite_link");
        using var joined = await harness.PostJsonAsync("_emulator/groups/join", $$"""{"invite_link":"{{link}}","from":"+16505551234"}""");
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"v26.0/{id}/invite_link") { Content = new StringContent("""{"messaging_product":"whatsapp"}""", System.Text.Encoding.UTF8, "application/json") };
        using var deleted = await harness.Http.SendAsync(delete, TestContext.Current.CancellationToken);
        using var late = await harness.PostJsonAsync("_emulator/groups/join", $$"""{"invite_link":"{{link}}","from":"+16505551235"}""");

        Assert.StartsWith("https://chat.whatsapp.com/", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        JsonAssert.Equal("""{"messaging_product":"whatsapp","success":"true"}""", await EmulatorHarness.JsonAsync(deleted));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
    }

    [Fact]
    public async Task JoinRequests_ApprovalRequired_ListApproveReject()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        var id = await CreateAsync(harness, "VIP", "approval_required");
        await receiver.NextAsync();

        var r1 = Text(await JoinAsync(harness, id, "+16505551234"), "join_request_id");
        var r2 = Text(await JoinAsync(harness, id, "+16505551235"), "join_request_id");
        var created = await receiver.NextAsync(2);
        var list = await harness.GetJsonAsync($"v26.0/{id}/join_requests");
        using var approved = await harness.PostJsonAsync($"v26.0/{id}/join_requests", $$"""{"messaging_product":"whatsapp","join_requests":["{{r1}}","nope"]}""");
        var added = await receiver.NextAsync();
        using var reject = new HttpRequestMessage(HttpMethod.Delete, $"v26.0/{id}/join_requests")
        {
            Content = new StringContent($$"""{"messaging_product":"whatsapp","join_requests":["{{r2}}"]}""", System.Text.Encoding.UTF8, "application/json"),
        };
        using var rejected = await harness.Http.SendAsync(reject, TestContext.Current.CancellationToken);
        var info = await harness.GetJsonAsync($"v26.0/{id}?fields=participants");

        Assert.All(created, w => Assert.Equal("group_join_request_created", Text(w.Value["groups"]![0]!, "type")));
        Assert.Equal("group_participants_update", created[0].Json["entry"]![0]!["changes"]![0]!["field"]!.GetValue<string>());
        Assert.Equal([r1, r2], list["data"]!.AsArray().Select(r => Text(r!, "join_request_id")));
        Assert.Equal("16505551234", Text(list["data"]![0]!, "wa_id"));
        var approval = await EmulatorHarness.JsonAsync(approved);
        Assert.Equal(r1, approval["approved_join_requests"]![0]!.GetValue<string>());
        Assert.Equal("nope", Text(approval["failed_join_requests"]![0]!, "join_request_id"));
        Assert.Equal(131201, approval["errors"]![0]!["code"]!.GetValue<int>());
        Assert.Equal(("group_participants_add", "16505551234"), (Text(added.Value["groups"]![0]!, "type"), Text(added.Value["groups"]![0]!["added_participants"]![0]!, "wa_id")));
        JsonAssert.Equal($$"""{"messaging_product":"whatsapp","rejected_join_requests":["{{r2}}"]}""", await EmulatorHarness.JsonAsync(rejected));
        Assert.Equal("16505551234", Text(info["participants"]!.AsArray().Single()!, "wa_id"));
    }

    [Fact]
    public async Task Participants_DuplicateAndOverLimit_Refused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness, "Full");
        for (var i = 0; i < 8; i++)
        {
            await JoinAsync(harness, id, $"+1650555100{i}");
        }

        using var duplicate = await harness.PostJsonAsync($"v26.0/{id}/participants", """{"messaging_product":"whatsapp","participants":[{"user":"+16505551234"},{"user":"16505551234"}]}""");
        using var over = await harness.PostJsonAsync($"v26.0/{id}/participants", """{"messaging_product":"whatsapp","participants":[{"user":"+16505551234"}]}""");
        using var joinOver = await harness.PostJsonAsync("_emulator/groups/join", $$"""{"invite_link":"{{await LinkAsync(harness, id)}}","from":"+16505559999"}""");

        Assert.Equal(131202, (await EmulatorHarness.JsonAsync(duplicate))["error"]!["code"]!.GetValue<int>());
        Assert.Equal(131204, (await EmulatorHarness.JsonAsync(over))["error"]!["code"]!.GetValue<int>());
        Assert.Equal(131204, (await EmulatorHarness.JsonAsync(joinOver))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task RemoveParticipants_SomeNotInGroup_206WithFailedParticipants()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness, "Remove");
        await JoinAsync(harness, id, "+16505551234");

        using var partial = Delete(harness, $"v26.0/{id}/participants", """{"messaging_product":"whatsapp","participants":[{"user":"+16505551234"},{"user":"+16505550000"}]}""");
        using var response = await harness.Http.SendAsync(partial, TestContext.Current.CancellationToken);
        using var none = Delete(harness, $"v26.0/{id}/participants", """{"messaging_product":"whatsapp","participants":[{"user":"+16505550000"}]}""");
        using var allFailed = await harness.Http.SendAsync(none, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        var body = await EmulatorHarness.JsonAsync(response);
        Assert.Equal("16505551234", Text(body["removed_participants"]![0]!, "wa_id"));
        Assert.Equal(("+16505550000", 131212), (Text(body["failed_participants"]![0]!, "input"), body["failed_participants"]![0]!["errors"]![0]!["code"]!.GetValue<int>()));
        Assert.Equal(131201, body["errors"]![0]!["code"]!.GetValue<int>());
        Assert.Equal(131212, (await EmulatorHarness.JsonAsync(allFailed))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task GroupSend_Text_AnsweredWithGroupIdThenOneStatusPerParticipant()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookCallbackUri = receiver.Url;
            o.Webhooks.SendDeliveredAndRead = false;
        });
        var id = await CreateAsync(harness, "Send");
        await JoinAsync(harness, id, "+16505551234", "US.13491208655302741918");
        await JoinAsync(harness, id, "+16505551235");
        await receiver.NextAsync(3);

        using var response = await harness.SendAsync(GroupText(id));
        var answer = await EmulatorHarness.JsonAsync(response);
        var statuses = await receiver.NextAsync(2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((id, id), (Text(answer["contacts"]![0]!, "input"), Text(answer["contacts"]![0]!, "group_id")));
        var messageId = Text(answer["messages"]![0]!, "id");
        Assert.All(statuses, s => Assert.Equal((messageId, "sent", id, "group"),
            (Text(s.Status!, "id"), Text(s.Status!, "status"), Text(s.Status!, "recipient_id"), Text(s.Status!, "recipient_type"))));
        Assert.Equal(["16505551234", "16505551235"], statuses.Select(s => Text(s.Status!, "recipient_participant_id")).Order());
        Assert.Equal("US.13491208655302741918", Text(statuses.Single(s => Text(s.Status!, "recipient_participant_id") == "16505551234").Status!, "recipient_user_id"));
    }

    [Theory]
    [InlineData("""{"type":"image","image":{"link":"https://example.com/a.jpg"}}""", 0)]
    [InlineData("""{"type":"template","template":{"name":"hello_world","language":{"code":"en_US"}}}""", 0)]
    [InlineData("""{"type":"interactive","interactive":{"type":"button","body":{"text":"Pick"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}}]}}}""", 131051)]
    [InlineData("""{"type":"location","location":{"latitude":1,"longitude":2}}""", 131051)]
    [InlineData("""{"type":"reaction","reaction":{"message_id":"wamid.x","emoji":"👍"}}""", 131051)]
    public async Task GroupSend_Types_OnlyTextMediaAndTemplatesAccepted(string message, int expected)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness, "Types");
        await JoinAsync(harness, id, "+16505551234");
        var body = JsonNode.Parse(message)!.AsObject();
        body["messaging_product"] = "whatsapp";
        body["recipient_type"] = "group";
        body["to"] = id;

        Assert.Equal(expected, await harness.SendCodeAsync(body.ToJsonString()));
    }

    [Fact]
    public async Task GroupSend_OnlyTheBusinessInTheGroup_131020()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness, "Alone");

        Assert.Equal(131020, await harness.SendCodeAsync(GroupText(id)));
    }

    [Fact]
    public async Task GroupSend_AfterTheUserLeft_131020()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        var id = await CreateAsync(harness, "Leaving");
        await JoinAsync(harness, id, "+16505551234");

        using var left = await harness.PostJsonAsync("_emulator/groups/leave", $$"""{"group_id":"{{id}}","from":"+16505551234"}""");
        var webhooks = await receiver.NextAsync(3);

        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        var leave = webhooks[2].Value["groups"]![0]!;
        Assert.Equal(("group_participants_remove", "participant", "16505551234"), (Text(leave, "type"), Text(leave, "initiated_by"), Text(leave["removed_participants"]![0]!, "wa_id")));
        Assert.Equal(131020, await harness.SendCodeAsync(GroupText(id)));
    }

    [Fact]
    public async Task UpdateSettings_PictureNotSquareOrTooSmall_131209And131210()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = await CreateAsync(harness, "Pictures");

        Assert.Equal(131209, await PictureCodeAsync(harness, id, 400, 300));
        Assert.Equal(131210, await PictureCodeAsync(harness, id, 100, 100));
        Assert.Equal(0, await PictureCodeAsync(harness, id, 400, 400));
    }

    [Fact]
    public async Task DeleteGroup_LifecycleWebhookAndThen131041()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        var id = await CreateAsync(harness, "Bye");

        using var deleted = await harness.Http.DeleteAsync($"v26.0/{id}", TestContext.Current.CancellationToken);
        var webhooks = await receiver.NextAsync(2);
        using var get = await harness.Http.GetAsync($"v26.0/{id}", TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(deleted));
        Assert.Equal("group_delete", Text(webhooks[1].Value["groups"]![0]!, "type"));
        Assert.Equal(131041, (await EmulatorHarness.JsonAsync(get))["error"]!["code"]!.GetValue<int>());
    }

    private static string GroupText(string groupId) =>
        $$$"""{"messaging_product":"whatsapp","recipient_type":"group","to":"{{{groupId}}}","type":"text","text":{"body":"Hello group"}}""";

    private static string Text(JsonNode node, string name) => node[name]!.GetValue<string>();

    private static HttpRequestMessage Delete(EmulatorHarness harness, string path, string json) =>
        new(HttpMethod.Delete, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>Creates a group and returns its id, read from the list (the create answer holds only the request id).</summary>
    private static async Task<string> CreateAsync(EmulatorHarness harness, string subject, string mode = "auto_approve")
    {
        using var response = await harness.PostJsonAsync($"{Number}/groups", $$"""{"messaging_product":"whatsapp","subject":"{{subject}}","join_approval_mode":"{{mode}}"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var groups = (await harness.GetJsonAsync($"{Number}/groups?limit=1024"))["data"]!["groups"]!.AsArray();
        return Text(groups.Last(g => Text(g!, "subject") == subject)!, "id");
    }

    /// <summary>A new invite link of the group (the previous one stops working).</summary>
    private static async Task<string> LinkAsync(EmulatorHarness harness, string groupId)
    {
        using var response = await harness.PostJsonAsync($"v26.0/{groupId}/invite_link", """{"messaging_product":"whatsapp"}""");
        return Text(await EmulatorHarness.JsonAsync(response), "invite_link");
    }

    private static async Task<JsonNode> JoinAsync(EmulatorHarness harness, string groupId, string from, string? userId = null)
    {
        var link = await LinkAsync(harness, groupId);
        var user = userId is null ? string.Empty : $$""","user_id":"{{userId}}" """;
        using var response = await harness.PostJsonAsync("_emulator/groups/join", $$$"""{"invite_link":"{{{link}}}","from":"{{{from}}}"{{{user}}}}""");
        var body = await EmulatorHarness.JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }

    private static async Task<int> PictureCodeAsync(EmulatorHarness harness, string groupId, int width, int height)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("whatsapp"), "messaging_product" },
        };
        var file = new ByteArrayContent(Jpeg(width, height));
        file.Headers.ContentType = new("image/jpeg");
        form.Add(file, "file", "picture.jpg");
        using var response = await harness.Http.PostAsync($"v26.0/{groupId}", form, TestContext.Current.CancellationToken);
        return response.IsSuccessStatusCode ? 0 : (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>();
    }

    private static byte[] Jpeg(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03,
        0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        0xFF, 0xD9,
    ];
}
