using CloudApi.Sdk.Calling;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Calling;

public sealed class CallsClientTests
{
    private const string Phone = GraphServer.PhoneNumberId;
    private const string Sdp = "v=0\r\no=- 3626166318745852955 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";
    private const string Success = """{"messaging_product":"whatsapp","success":true}""";

    [Fact]
    public async Task ConnectAsync_PhoneNumber_PostsConnectWithOfferAndReadsCallId()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/calls", """{"messaging_product":"whatsapp","calls":[{"id":"wacid.ABGGFjFVU2AfAgo6V"}]}""");

        var result = await graph.Client.Calls.ConnectAsync("14085551234", new SdpOffer(Sdp), new CallRequestOptions { BizOpaqueCallbackData = "0fS5cePMok" },
            TestContext.Current.CancellationToken);

        Assert.Equal("wacid.ABGGFjFVU2AfAgo6V", result.CallId);
        Assert.Equal(200, result.Response!.StatusCode);
        JsonAssert.Equal(
            $$$"""{"messaging_product":"whatsapp","to":"14085551234","action":"connect","session":{"sdp_type":"offer","sdp":{{{System.Text.Json.JsonSerializer.Serialize(Sdp)}}}},"biz_opaque_callback_data":"0fS5cePMok"}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task ConnectAsync_BusinessScopedUserId_SendsRecipientNotTo()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/calls", """{"messaging_product":"whatsapp","calls":[{"id":"wacid.B"}]}""");

        await graph.Client.Calls.ConnectAsync("US.13491208655302741918", new SdpOffer(Sdp), cancellationToken: TestContext.Current.CancellationToken);

        var body = graph.SingleRequestJson();
        Assert.Equal("US.13491208655302741918", (string?)body["recipient"]);
        Assert.Null(body["to"]);
    }

    [Theory]
    [InlineData("US.")]
    [InlineData("us.1349")]
    [InlineData("USA.1349")]
    [InlineData("US.ENT.")]
    public async Task ConnectAsync_MalformedBusinessScopedUserId_RefusedBeforeSending(string user)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Calls.ConnectAsync(user, new SdpOffer(Sdp), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("recipient", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task ConnectAsync_MalformedPhoneNumber_RefusedAsTo()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Calls.ConnectAsync("+1 408 CALL", new SdpOffer(Sdp), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("to", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("o=- 1 2 IN IP4 127.0.0.1\r\nv=0\r\n")]
    [InlineData("v=1\r\no=-\r\n")]
    [InlineData("{\"sdp\":\"v=0\"}")]
    public void SdpOffer_NotAnSdp_RefusedNamingTheField(string sdp)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new SdpOffer(sdp));

        Assert.Equal("session.sdp", error.Field);
        Assert.Contains("offer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SdpAnswer_OnlyVersionLine_Accepted()
    {
        Assert.Equal("v=0", new SdpAnswer("v=0").Sdp);
        Assert.DoesNotContain("v=0", new SdpAnswer(Sdp).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreAcceptAndAccept_CallId_PostAnswerSessions()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/calls", Success);
        var ct = TestContext.Current.CancellationToken;

        await graph.Client.Calls.PreAcceptAsync("wacid.HBgLMTIxODU1NTI4MjgVAgARGCAyODRQIAFRoA", new SdpAnswer(Sdp), cancellationToken: ct);
        await graph.Client.Calls.AcceptAsync("wacid.HBgLMTIxODU1NTI4MjgVAgARGCAyODRQIAFRoA", new SdpAnswer(Sdp), new CallRequestOptions { BizOpaqueCallbackData = "ticket-7" }, ct);

        var sdp = System.Text.Json.JsonSerializer.Serialize(Sdp);
        JsonAssert.Equal(
            $$$"""{"messaging_product":"whatsapp","call_id":"wacid.HBgLMTIxODU1NTI4MjgVAgARGCAyODRQIAFRoA","action":"pre_accept","session":{"sdp_type":"answer","sdp":{{{sdp}}}}}""",
            System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[0].RequestMessage!.Body!));
        JsonAssert.Equal(
            $$$"""{"messaging_product":"whatsapp","call_id":"wacid.HBgLMTIxODU1NTI4MjgVAgARGCAyODRQIAFRoA","action":"accept","session":{"sdp_type":"answer","sdp":{{{sdp}}}},"biz_opaque_callback_data":"ticket-7"}""",
            System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[1].RequestMessage!.Body!));
    }

    [Fact]
    public async Task RejectAndTerminate_CallId_PostTheActionOnly()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/calls", """{"success":true}""");
        var ct = TestContext.Current.CancellationToken;

        await graph.Client.Calls.RejectAsync("wacid.R", cancellationToken: ct);
        await graph.Client.Calls.TerminateAsync("wacid.T", new CallRequestOptions { PhoneNumberId = Phone }, ct);

        JsonAssert.Equal("""{"messaging_product":"whatsapp","call_id":"wacid.R","action":"reject"}""", System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[0].RequestMessage!.Body!));
        JsonAssert.Equal("""{"messaging_product":"whatsapp","call_id":"wacid.T","action":"terminate"}""", System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[1].RequestMessage!.Body!));
    }

    [Fact]
    public async Task TerminateAsync_WithCallbackData_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Calls.TerminateAsync("wacid.T",
            new CallRequestOptions { BizOpaqueCallbackData = "x" }, TestContext.Current.CancellationToken));

        Assert.Equal("biz_opaque_callback_data", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void CallRequestOptions_CallbackDataOver512_Refused()
    {
        Assert.Equal("biz_opaque_callback_data", Assert.Throws<WhatsAppValidationException>(() => new CallRequestOptions { BizOpaqueCallbackData = new string('x', 513) }).Field);
    }

    [Fact]
    public async Task ConnectAsync_NoPermission_ThrowsTheCallingError()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/calls",
            """{"error":{"message":"(#138006) No approved call permission from the recipient","type":"OAuthException","code":138006,"error_data":{"messaging_product":"whatsapp","details":"No approved call permission"},"fbtrace_id":"A1"}}""",
            status: 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.Calls.ConnectAsync("14085551234", new SdpOffer(Sdp), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(WhatsAppErrorCodes.CallPermissionMissing, error.Error!.Code);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task ConnectAsync_ServerError_NotRetried()
    {
        using var graph = new GraphServer(o => o.MaxRetries = 3).On("POST", $"{Phone}/calls",
            """{"error":{"message":"An unknown error has occurred.","type":"OAuthException","code":1,"fbtrace_id":"A2"}}""", status: 500);

        await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.Calls.ConnectAsync("14085551234", new SdpOffer(Sdp), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task GetCallPermissionsAsync_Granted_ReadsStatusActionsAndLimits()
    {
        using var graph = new GraphServer().On("GET", $"{Phone}/call_permissions",
            """
            {"messaging_product":"whatsapp","permission":{"status":"granted","expiration_time":1735689600},
             "actions":[{"action_name":"start_call","can_perform_action":true,"limits":[{"time_period":"24h","current_usage":5,"max_allowed":100,"limit_expiration_time":1735689600}]},
                        {"action_name":"send_call_permission_request","can_perform_action":false,"limits":null}]}
            """);

        var permissions = await graph.Client.Calls.GetCallPermissionsAsync("14085551234", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(CallPermissionStatus.Granted, permissions.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1735689600), permissions.ExpiresAt);
        Assert.True(permissions.CanStartCall);
        Assert.False(permissions.CanSendPermissionRequest);
        var limit = Assert.Single(permissions.Actions[0].Limits);
        Assert.Equal(("24h", 5L, 100L, 95L), (limit.TimePeriod, limit.CurrentUsage, limit.MaxAllowed, limit.Remaining));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1735689600), limit.ExpiresAt);
        Assert.Empty(permissions.Actions[1].Limits);
        AssertQuery(graph.SingleRequest(), ("user_wa_id", "14085551234"));
    }

    [Fact]
    public async Task GetCallPermissionsAsync_PendingWithoutLimits_ReadsNoExpiry()
    {
        using var graph = new GraphServer().On("GET", $"{Phone}/call_permissions",
            """{"messaging_product":"whatsapp","permission":{"status":"pending"},"actions":[{"action_name":"start_call","can_perform_action":false},{"action_name":"send_call_permission_request","can_perform_action":false}]}""");

        var permissions = await graph.Client.Calls.GetCallPermissionsAsync("US.1349", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((CallPermissionStatus?)CallPermissionStatus.Pending, permissions.Status);
        Assert.Null(permissions.ExpiresAt);
        Assert.False(permissions.CanStartCall);
        AssertQuery(graph.SingleRequest(), ("recipient", "US.1349"));
    }

    [Fact]
    public void ModelFactory_CallPermissions_BuildsTheHelpers()
    {
        var permissions = WhatsAppModelFactory.CallPermissions(CallPermissionStatus.Denied, actions:
        [
            WhatsAppModelFactory.CallPermissionAction(CallPermissionActionName.SendCallPermissionRequest, canPerform: true,
                [WhatsAppModelFactory.CallPermissionLimit("24h", currentUsage: 2, maxAllowed: 5)]),
        ]);

        Assert.True(permissions.CanSendPermissionRequest);
        Assert.False(permissions.CanStartCall);
        Assert.Equal(3, permissions.Actions[0].Limits[0].Remaining);
        Assert.Equal("wacid.X", WhatsAppModelFactory.ConnectCallResult("wacid.X").CallId);
    }
}
