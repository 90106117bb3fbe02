using System.Net;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary>The Calling API: call permissions per user, users calling the business, the business's answers and calls, terminate webhooks.</summary>
public sealed class CallingTests
{
    private const string Calls = $"v26.0/{EmulatorHarness.NumberId}/calls";
    private const string User = "16505551234";

    private static string Connect(string to = User) =>
        $$"""{"messaging_product":"whatsapp","to":"{{to}}","action":"connect","session":{"sdp_type":"offer","sdp":"v=0\r\ns=-\r\n"},"biz_opaque_callback_data":"ticket-1"}""";

    private static string Act(string action, string callId, bool answer = false) => answer
        ? $$"""{"messaging_product":"whatsapp","call_id":"{{callId}}","action":"{{action}}","session":{"sdp_type":"answer","sdp":"v=0\r\ns=-\r\n"} }"""
        : $$"""{"messaging_product":"whatsapp","call_id":"{{callId}}","action":"{{action}}"}""";

    [Fact]
    public async Task Connect_WithoutPermission_Refused138006()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.PostJsonAsync(Calls, Connect());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(138006, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Connect_PermissionExpired_Refused138006()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        (await harness.PostJsonAsync("_emulator/calls/permissions", $$"""{"user":"{{User}}","status":"granted","expires_in_seconds":60}""")).Dispose();
        harness.Time.Advance(TimeSpan.FromSeconds(61));

        using var response = await harness.PostJsonAsync(Calls, Connect());
        var permissions = await harness.GetJsonAsync($"v26.0/{EmulatorHarness.NumberId}/call_permissions?user_wa_id={User}");

        Assert.Equal(138006, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
        Assert.Equal("expired", permissions["permission"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task BusinessCall_AnsweredAndTerminated_WebhooksCarryStatusesAndDuration()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        (await harness.PostJsonAsync("_emulator/calls/permissions", $$"""{"user":"{{User}}","status":"granted"}""")).Dispose();

        using var connected = await harness.PostJsonAsync(Calls, Connect());
        var callId = (await EmulatorHarness.JsonAsync(connected))["calls"]![0]!["id"]!.GetValue<string>();
        var ringing = await receiver.NextAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        (await harness.PostJsonAsync($"_emulator/calls/{callId}/answer", "{}")).Dispose();
        var (accepted, answer) = (await receiver.NextAsync(), await receiver.NextAsync());
        harness.Time.Advance(TimeSpan.FromSeconds(95));
        using var terminated = await harness.PostJsonAsync(Calls, Act("terminate", callId));
        var end = await receiver.NextAsync();

        Assert.StartsWith("wacid.", callId, StringComparison.Ordinal);
        Assert.Equal(("RINGING", "call", "ticket-1"), (ringing.Status!["status"]!.GetValue<string>(), ringing.Status["type"]!.GetValue<string>(), ringing.Status["biz_opaque_callback_data"]!.GetValue<string>()));
        Assert.Equal("ACCEPTED", accepted.Status!["status"]!.GetValue<string>());
        Assert.Equal(("connect", "answer"), (answer.Value["calls"]![0]!["event"]!.GetValue<string>(), answer.Value["calls"]![0]!["session"]!["sdp_type"]!.GetValue<string>()));
        Assert.True(terminated.IsSuccessStatusCode);
        var item = end.Value["calls"]![0]!;
        Assert.Equal(("terminate", "COMPLETED", "BUSINESS_INITIATED", 95L), (item["event"]!.GetValue<string>(), item["status"]!.GetValue<string>(), item["direction"]!.GetValue<string>(), item["duration"]!.GetValue<long>()));
        Assert.Equal(harness.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), item["end_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task Connect_UserAlreadyInACall_Refused138003()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        (await harness.PostJsonAsync("_emulator/calls/permissions", $$"""{"user":"{{User}}","status":"granted","permanent":true}""")).Dispose();
        (await harness.PostJsonAsync(Calls, Connect())).Dispose();

        using var second = await harness.PostJsonAsync(Calls, Connect());

        Assert.Equal(138003, (await EmulatorHarness.JsonAsync(second))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task UserCall_PreAcceptedAcceptedAndHungUp_TerminateWebhookHasDuration()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);

        using var incoming = await harness.PostJsonAsync("_emulator/calls/incoming", $$"""{"from":"+{{User}}","name":"Ana"}""");
        var callId = (await EmulatorHarness.JsonAsync(incoming))["id"]!.GetValue<string>();
        var connect = await receiver.NextAsync();
        using var preAccepted = await harness.PostJsonAsync(Calls, Act("pre_accept", callId, answer: true));
        using var accepted = await harness.PostJsonAsync(Calls, Act("accept", callId, answer: true));
        harness.Time.Advance(TimeSpan.FromSeconds(42));
        (await harness.PostJsonAsync($"_emulator/calls/{callId}/hangup", "{}")).Dispose();
        var end = (await receiver.NextAsync()).Value["calls"]![0]!;

        var call = connect.Value["calls"]![0]!;
        Assert.Equal(("connect", "USER_INITIATED", User, "offer"),
            (call["event"]!.GetValue<string>(), call["direction"]!.GetValue<string>(), call["from"]!.GetValue<string>(), call["session"]!["sdp_type"]!.GetValue<string>()));
        Assert.StartsWith("v=0", call["session"]!["sdp"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Ana", connect.Value["contacts"]![0]!["profile"]!["name"]!.GetValue<string>());
        Assert.True(preAccepted.IsSuccessStatusCode);
        Assert.True(accepted.IsSuccessStatusCode);
        Assert.Equal(("COMPLETED", 42L), (end["status"]!.GetValue<string>(), end["duration"]!.GetValue<long>()));
    }

    [Fact]
    public async Task UserCall_Rejected_TerminatesWithoutDuration()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        using var incoming = await harness.PostJsonAsync("_emulator/calls/incoming", $$"""{"from":"{{User}}"}""");
        var callId = (await EmulatorHarness.JsonAsync(incoming))["id"]!.GetValue<string>();
        await receiver.NextAsync();

        using var rejected = await harness.PostJsonAsync(Calls, Act("reject", callId));
        var end = (await receiver.NextAsync()).Value["calls"]![0]!;
        using var acceptAfter = await harness.PostJsonAsync(Calls, Act("accept", callId, answer: true));

        Assert.True(rejected.IsSuccessStatusCode);
        Assert.Equal("FAILED", end["status"]!.GetValue<string>());
        Assert.Null(end["duration"]);
        Assert.Equal(HttpStatusCode.BadRequest, acceptAfter.StatusCode);
    }

    [Fact]
    public async Task Accept_OfferInsteadOfAnswer_Refused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var incoming = await harness.PostJsonAsync("_emulator/calls/incoming", $$"""{"from":"{{User}}"}""");
        var callId = (await EmulatorHarness.JsonAsync(incoming))["id"]!.GetValue<string>();

        using var response = await harness.PostJsonAsync(Calls,
            $$"""{"messaging_product":"whatsapp","call_id":"{{callId}}","action":"accept","session":{"sdp_type":"offer","sdp":"v=0\r\n"} }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sdp_type", (await EmulatorHarness.JsonAsync(response))["error"]!["error_data"]!["details"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallPermissionReply_FromTheUser_GrantsAndDeniesCalls()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        const string Permissions = $"v26.0/{EmulatorHarness.NumberId}/call_permissions?user_wa_id={User}";
        var before = await harness.GetJsonAsync(Permissions);

        (await harness.PostJsonAsync("_emulator/inbound", $$"""
            {"from":"{{User}}","message":{"type":"interactive","interactive":{"type":"call_permission_reply",
              "call_permission_reply":{"response":"accept","is_permanent":false,"expiration_timestamp":{{harness.Time.GetUtcNow().AddDays(7).ToUnixTimeSeconds()}},"response_source":"user_action"} } } }
            """)).Dispose();
        var granted = await harness.GetJsonAsync(Permissions);
        (await harness.PostJsonAsync("_emulator/inbound", $$"""
            {"from":"{{User}}","message":{"type":"interactive","interactive":{"type":"call_permission_reply","call_permission_reply":{"response":"reject","response_source":"user_action"} } } }
            """)).Dispose();
        var denied = await harness.GetJsonAsync(Permissions);

        Assert.Equal("no_permission", before["permission"]!["status"]!.GetValue<string>());
        Assert.True(before["actions"]![1]!["can_perform_action"]!.GetValue<bool>());
        Assert.Equal("granted", granted["permission"]!["status"]!.GetValue<string>());
        Assert.Equal(harness.Time.GetUtcNow().AddDays(7).ToUnixTimeSeconds(), granted["permission"]!["expiration_time"]!.GetValue<long>());
        Assert.Equal(("start_call", true), (granted["actions"]![0]!["action_name"]!.GetValue<string>(), granted["actions"]![0]!["can_perform_action"]!.GetValue<bool>()));
        Assert.Equal("denied", denied["permission"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Connect_SixthConnectedCallIn24Hours_Refused138012()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        (await harness.PostJsonAsync("_emulator/calls/permissions", $$"""{"user":"{{User}}","status":"granted","permanent":true}""")).Dispose();
        for (var i = 0; i < 5; i++)
        {
            using var call = await harness.PostJsonAsync(Calls, Connect());
            var id = (await EmulatorHarness.JsonAsync(call))["calls"]![0]!["id"]!.GetValue<string>();
            (await harness.PostJsonAsync($"_emulator/calls/{id}/answer", "{}")).Dispose();
            (await harness.PostJsonAsync(Calls, Act("terminate", id))).Dispose();
            harness.Time.Advance(TimeSpan.FromMinutes(10));
        }

        using var sixth = await harness.PostJsonAsync(Calls, Connect());
        var permissions = await harness.GetJsonAsync($"v26.0/{EmulatorHarness.NumberId}/call_permissions?user_wa_id={User}");

        Assert.Equal(138012, (await EmulatorHarness.JsonAsync(sixth))["error"]!["code"]!.GetValue<int>());
        Assert.False(permissions["actions"]![0]!["can_perform_action"]!.GetValue<bool>());
        Assert.Equal(5, permissions["actions"]![0]!["limits"]![0]!["current_usage"]!.GetValue<int>());
    }
}
