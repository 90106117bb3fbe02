using CloudApi.Sdk.Groups;
using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Tests.Media;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Groups;

public sealed class GroupsClientTests
{
    private const string Phone = GraphServer.PhoneNumberId;
    private const string GroupId = "Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_SubjectDescriptionApproval_PostsMetaShapeAndReadsRequestId()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/groups", """{"messaging_product":"whatsapp","request_id":"106540352242922"}""");

        var result = await graph.Client.Groups.CreateAsync(
            new CreateGroupRequest("New Purchase Inquiry") { Description = "Jim would like to learn about new car purchase options.", JoinApprovalMode = GroupJoinApprovalMode.ApprovalRequired },
            cancellationToken: Ct);

        Assert.Equal("106540352242922", result.RequestId);
        JsonAssert.Equal(
            """{"messaging_product":"whatsapp","subject":"New Purchase Inquiry","description":"Jim would like to learn about new car purchase options.","join_approval_mode":"approval_required"}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateAsync_SubjectOnly_OmitsOptionalFields()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/groups", """{"messaging_product":"whatsapp","request_id":"1"}""");

        await graph.Client.Groups.CreateAsync(new CreateGroupRequest("Watch Enthusiasts"), cancellationToken: Ct);

        JsonAssert.Equal("""{"messaging_product":"whatsapp","subject":"Watch Enthusiasts"}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateAsync_CreateLimitReached_ThrowsWithTheCode()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/groups",
            """{"error":{"message":"(#131211) Group create limit reached","type":"OAuthException","code":131211,"fbtrace_id":"x"}}""", status: 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Groups.CreateAsync(new CreateGroupRequest("x"), cancellationToken: Ct));

        Assert.Equal(WhatsAppErrorCodes.GroupCreateLimitReached, error.ErrorCode);
    }

    [Fact]
    public async Task ListAsync_TwoPages_ReadsDataGroupsAndFollowsCursor()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Phone}/groups", """{"data":{"groups":[{"id":"G1","subject":"One","created_at":"1755548877"}]},"paging":{"cursors":{"after":"c1"},"next":"https://graph.facebook.com/x"}}""", after: "")
            .On("GET", $"{Phone}/groups", """{"data":{"groups":[{"id":"G2","subject":"Two","created_at":"2025-10-01T12:00:00+0000"}]},"paging":{"cursors":{"after":"c2"}}}""", after: "c1");

        var groups = await graph.Client.Groups.ListAsync(new GroupListOptions { PageSize = 1 }, Ct).ToListAsync(Ct);

        Assert.Equal([("G1", "One"), ("G2", "Two")], groups.Select(g => (g.Id, g.Subject)));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1755548877), groups[0].CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero), groups[1].CreatedAt);
        Assert.Equal("G2", groups[1].RawJson.GetProperty("id").GetString());
        AssertQuery(graph.Requests[^1].RequestMessage!, ("limit", "1"), ("after", "c1"));
    }

    [Fact]
    public void GroupListOptions_PageSizeOverMetasMaximum_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new GroupListOptions { PageSize = 1025 });

        Assert.Equal("limit", error.Field);
    }

    [Fact]
    public async Task GetAsync_DefaultFields_AsksForAllAndReadsGroupInfo()
    {
        using var graph = new GraphServer().On("GET", GroupId,
            $$"""
            {"id":"{{GroupId}}","messaging_product":"whatsapp","join_approval_mode":"approval_required","subject":"Artificial Intelligence Insights",
             "description":"Explore AI developments.","suspended":false,"creation_timestamp":683731200,
             "participants":[{"wa_id":"16505551234"},{"wa_id":"16505551235"}],"total_participant_count":2}
            """);

        var info = await graph.Client.Groups.GetAsync(GroupId, cancellationToken: Ct);

        Assert.Equal((GroupId, "Artificial Intelligence Insights", "Explore AI developments."), (info.Id, info.Subject, info.Description));
        Assert.Equal(GroupJoinApprovalMode.ApprovalRequired, info.JoinApprovalMode);
        Assert.False(info.IsSuspended);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(683731200), info.CreatedAt);
        Assert.Equal(["16505551234", "16505551235"], info.Participants.Select(p => p.WaId));
        Assert.Equal(2, info.TotalParticipantCount);
        AssertQuery(graph.SingleRequest(), ("fields", "subject,description,participants,join_approval_mode,suspended,creation_timestamp,total_participant_count"));
    }

    [Fact]
    public async Task GetAsync_SomeFields_AsksForThoseOnly()
    {
        using var graph = new GraphServer().On("GET", GroupId, $$"""{"id":"{{GroupId}}","subject":"S"}""");

        var info = await graph.Client.Groups.GetAsync(GroupId, new GroupRequestOptions { Fields = [GroupFields.Subject] }, Ct);

        Assert.Equal("S", info.Subject);
        Assert.Empty(info.Participants);
        Assert.Null(info.JoinApprovalMode);
        AssertQuery(graph.SingleRequest(), ("fields", "subject"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../123")]
    [InlineData("abc?x=1")]
    public async Task GetAsync_MalformedGroupId_RefusedBeforeSending(string groupId)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Groups.GetAsync(groupId, cancellationToken: Ct));

        Assert.Equal("groupId", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task UpdateSettingsAsync_SubjectAndDescription_PostsJson()
    {
        using var graph = new GraphServer().On("POST", GroupId, """{"success":true}""");

        await graph.Client.Groups.UpdateSettingsAsync(GroupId, new UpdateGroupSettingsRequest { Subject = "Watch Enthusiasts", Description = "Timepieces." }, cancellationToken: Ct);

        JsonAssert.Equal("""{"messaging_product":"whatsapp","subject":"Watch Enthusiasts","description":"Timepieces."}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task UpdateSettingsAsync_Picture_PostsMultipartWithJpegFile()
    {
        using var graph = new GraphServer().On("POST", GroupId, """{"success":true}""");
        var jpeg = TestJpeg.Of(640, 640);

        await graph.Client.Groups.UpdateSettingsAsync(GroupId, new UpdateGroupSettingsRequest { ProfilePicture = new GroupProfilePicture(jpeg) }, cancellationToken: Ct);

        var request = graph.SingleRequest();
        var contentType = request.Headers!["Content-Type"].Single();
        Assert.StartsWith("multipart/form-data", contentType, StringComparison.Ordinal);
        var parts = Multipart.Parse(contentType, request.BodyAsBytes!);
        Assert.Equal(2, parts.Count);
        Assert.Equal(("form-data; name=\"messaging_product\"", "whatsapp"), (parts[0].Headers["Content-Disposition"], parts[0].Text));
        Assert.Equal("form-data; name=\"file\"; filename=\"group-picture.jpg\"", parts[1].Headers["Content-Disposition"]);
        Assert.Equal("image/jpeg", parts[1].Headers["Content-Type"]);
        Assert.Equal(jpeg, parts[1].Body);
    }

    [Fact]
    public async Task UpdateSettingsAsync_PictureAndSubject_SubjectTravelsAsAFormField()
    {
        using var graph = new GraphServer().On("POST", GroupId, """{"success":true}""");

        await graph.Client.Groups.UpdateSettingsAsync(GroupId, new UpdateGroupSettingsRequest { Subject = "Watch Enthusiasts", ProfilePicture = new GroupProfilePicture(TestJpeg.Of(192, 192)) }, cancellationToken: Ct);

        var request = graph.SingleRequest();
        var parts = Multipart.Parse(request.Headers!["Content-Type"].Single(), request.BodyAsBytes!);
        Assert.Equal(("form-data; name=\"subject\"", "Watch Enthusiasts"), (parts[1].Headers["Content-Disposition"], parts[1].Text));
        Assert.Equal(3, parts.Count);
    }

    [Fact]
    public async Task UpdateSettingsAsync_NothingToChange_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Groups.UpdateSettingsAsync(GroupId, new UpdateGroupSettingsRequest(), cancellationToken: Ct));

        Assert.Equal("request", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task UpdateSettingsAsync_SuccessFalse_Throws()
    {
        using var graph = new GraphServer().On("POST", GroupId, """{"success":false}""");

        await Assert.ThrowsAsync<WhatsAppException>(() => graph.Client.Groups.UpdateSettingsAsync(GroupId, new UpdateGroupSettingsRequest { Subject = "x" }, cancellationToken: Ct));
    }

    [Theory]
    [InlineData(640, 480, "square")]
    [InlineData(191, 191, "192x192")]
    public void GroupProfilePicture_NotSquareOrTooSmall_RefusedWithTheRule(int width, int height, string rule)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new GroupProfilePicture(TestJpeg.Of(width, height)));

        Assert.Equal("file", error.Field);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupProfilePicture_Png_Refused()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

        var error = Assert.Throws<WhatsAppValidationException>(() => new GroupProfilePicture(png));

        Assert.Contains("JPEG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupProfilePicture_OverFiveMegabytes_Refused()
    {
        var big = new byte[GroupLimits.MaxProfilePictureBytes + 1];
        TestJpeg.Of(640, 640).CopyTo(big, 0);

        var error = Assert.Throws<WhatsAppValidationException>(() => new GroupProfilePicture(big));

        Assert.Equal(GroupLimits.MaxProfilePictureBytes, error.Limit);
    }

    [Fact]
    public async Task DeleteAsync_Group_SendsDeleteAndRequiresSuccess()
    {
        using var graph = new GraphServer().On("DELETE", GroupId, """{"success":true}""");

        await graph.Client.Groups.DeleteAsync(GroupId, cancellationToken: Ct);

        Assert.Equal("DELETE", graph.SingleRequest().Method);
    }

    [Fact]
    public async Task CreateInviteLinkAsync_Group_PostsMessagingProductAndReadsLink()
    {
        using var graph = new GraphServer().On("POST", $"{GroupId}/invite_link", """{"messaging_product":"whatsapp","invite_link":"https://chat.whatsapp.com/LINK_ID"}""");

        var link = await graph.Client.Groups.CreateInviteLinkAsync(GroupId, cancellationToken: Ct);

        Assert.Equal("https://chat.whatsapp.com/LINK_ID", link.InviteLink);
        JsonAssert.Equal("""{"messaging_product":"whatsapp"}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task DeleteInviteLinkAsync_SuccessAsString_Accepted()
    {
        using var graph = new GraphServer().On("DELETE", $"{GroupId}/invite_link", """{"messaging_product":"whatsapp","success":"true"}""");

        await graph.Client.Groups.DeleteInviteLinkAsync(GroupId, cancellationToken: Ct);

        JsonAssert.Equal("""{"messaging_product":"whatsapp"}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task ListJoinRequestsAsync_Page_ReadsRequests()
    {
        using var graph = new GraphServer().On("GET", $"{GroupId}/join_requests",
            """{"data":[{"join_request_id":"MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw","wa_id":"16505551234","creation_timestamp":1755548877}],"paging":{"cursors":{"after":"a"}}}""");

        var request = Assert.Single(await graph.Client.Groups.ListJoinRequestsAsync(GroupId, cancellationToken: Ct).ToListAsync(Ct));

        Assert.Equal(("MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw", "16505551234"), (request.JoinRequestId, request.WaId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1755548877), request.CreatedAt);
    }

    [Fact]
    public async Task ApproveJoinRequestsAsync_OneFails_ReturnsApprovedAndFailed()
    {
        using var graph = new GraphServer().On("POST", $"{GroupId}/join_requests",
            """
            {"messaging_product":"whatsapp","approved_join_requests":["R1"],
             "failed_join_requests":[{"join_request_id":"R2","errors":[{"code":131204,"title":"Participant over limit","message":"Participant over limit","error_data":{"details":"Group is full"}}]}],
             "errors":[{"code":131201,"message":"Request partially succeeded"}]}
            """);

        var result = await graph.Client.Groups.ApproveJoinRequestsAsync(GroupId, ["R1", "R2"], cancellationToken: Ct);

        Assert.Equal(["R1"], result.Succeeded);
        var failed = Assert.Single(result.Failed);
        Assert.Equal("R2", failed.JoinRequestId);
        Assert.Equal((WhatsAppErrorCodes.GroupParticipantOverLimit, "Group is full"), (Assert.Single(failed.Errors).Code, failed.Errors[0].Details));
        Assert.Equal(WhatsAppErrorCodes.GroupRequestPartiallySucceeded, Assert.Single(result.Errors).Code);
        Assert.True(result.HasFailures);
        JsonAssert.Equal("""{"messaging_product":"whatsapp","join_requests":["R1","R2"]}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task RejectJoinRequestsAsync_Ids_SendsDeleteAndReadsRejected()
    {
        using var graph = new GraphServer().On("DELETE", $"{GroupId}/join_requests", """{"messaging_product":"whatsapp","rejected_join_requests":["R1"]}""");

        var result = await graph.Client.Groups.RejectJoinRequestsAsync(GroupId, ["R1"], cancellationToken: Ct);

        Assert.Equal(["R1"], result.Succeeded);
        Assert.False(result.HasFailures);
        Assert.Equal("DELETE", graph.SingleRequest().Method);
    }

    [Theory]
    [InlineData("", "join_requests")]
    [InlineData("R1,R1", "join_requests")]
    [InlineData(" ", "join_requests[0]")]
    public async Task ApproveJoinRequestsAsync_BadIds_RefusedBeforeSending(string idList, string field)
    {
        var ids = idList.Length == 0 ? [] : idList.Split(',');
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Groups.ApproveJoinRequestsAsync(GroupId, ids, cancellationToken: Ct));

        Assert.Equal(field, error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task AddParticipantsAsync_Success_EveryParticipantSucceeded()
    {
        using var graph = new GraphServer().On("POST", $"{GroupId}/participants", """{"success":true}""");

        var result = await graph.Client.Groups.AddParticipantsAsync(GroupId, new GroupParticipantsRequest(["+16505551234", "16505551235"]), cancellationToken: Ct);

        Assert.Equal(["+16505551234", "16505551235"], result.Participants.Select(p => p.Input));
        Assert.All(result.Participants, p => Assert.True(p.Succeeded));
        Assert.False(result.HasFailures);
        JsonAssert.Equal("""{"messaging_product":"whatsapp","participants":[{"user":"+16505551234"},{"user":"16505551235"}]}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task RemoveParticipantsAsync_PartialSuccess206_OutcomePerParticipant()
    {
        using var graph = new GraphServer().On("DELETE", $"{GroupId}/participants",
            """
            {"messaging_product":"whatsapp","removed_participants":[{"input":"+16505551234","wa_id":"16505551234"}],
             "failed_participants":[{"input":"+16505550000","wa_id":"16505550000","errors":[{"code":131212,"title":"Participant is not a part of the group","error_data":{"details":"Not a participant"}}]}],
             "errors":[{"code":131201,"title":"Request partially succeeded"}]}
            """, status: 206);

        var result = await graph.Client.Groups.RemoveParticipantsAsync(GroupId, new GroupParticipantsRequest(["+16505551234", "+16505550000"]), cancellationToken: Ct);

        Assert.True(result.HasFailures);
        Assert.Equal(206, result.Response!.StatusCode);
        Assert.Equal(("+16505551234", "16505551234", true), (result.Participants[0].Input, result.Participants[0].WaId, result.Participants[0].Succeeded));
        Assert.Equal(("+16505550000", false), (result.Participants[1].Input, result.Participants[1].Succeeded));
        Assert.Equal((WhatsAppErrorCodes.GroupParticipantNotInGroup, "Not a participant"), (result.Participants[1].Errors[0].Code, result.Participants[1].Errors[0].Details));
        Assert.Equal(WhatsAppErrorCodes.GroupRequestPartiallySucceeded, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task RemoveParticipantsAsync_PartialSuccessAsError_StillReturnedPerParticipant()
    {
        using var graph = new GraphServer().On("DELETE", $"{GroupId}/participants",
            """
            {"error":{"message":"(#131201) Request partially succeeded","type":"OAuthException","code":131201,
             "failed_participants":[{"user":"16505550000","errors":[{"code":131212,"message":"Participant is not a part of the group"}]}],"fbtrace_id":"x"}}
            """, status: 400);

        var result = await graph.Client.Groups.RemoveParticipantsAsync(GroupId, new GroupParticipantsRequest(["+16505551234", "+16505550000"]), cancellationToken: Ct);

        Assert.True(result.Participants[0].Succeeded);
        Assert.Equal(WhatsAppErrorCodes.GroupParticipantNotInGroup, Assert.Single(result.Participants[1].Errors).Code);
        Assert.Equal(WhatsAppErrorCodes.GroupRequestPartiallySucceeded, Assert.Single(result.Errors).Code);
        Assert.Equal(400, result.Response!.StatusCode);
    }

    [Fact]
    public async Task AddParticipantsAsync_OverLimit_Throws()
    {
        using var graph = new GraphServer().On("POST", $"{GroupId}/participants",
            """{"error":{"message":"(#131204) Participant over limit","type":"OAuthException","code":131204,"fbtrace_id":"x"}}""", status: 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.Groups.AddParticipantsAsync(GroupId, new GroupParticipantsRequest(["+16505551234"]), cancellationToken: Ct));

        Assert.Equal(WhatsAppErrorCodes.GroupParticipantOverLimit, error.ErrorCode);
    }

    [Fact]
    public void GroupParticipantsRequest_NineUsers_RefusedWithTheLimit()
    {
        var users = Enumerable.Range(0, 9).Select(i => "+165055500" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Throws<WhatsAppValidationException>(() => new GroupParticipantsRequest(users));

        Assert.Equal(("participants", GroupLimits.MaxParticipants), (error.Field, error.Limit));
    }

    [Theory]
    [InlineData(new[] { "abc" }, "participants[0].user")]
    [InlineData(new[] { "+16505551234", "16505551234" }, "participants")]
    public void GroupParticipantsRequest_BadOrDuplicateUsers_RefusedWithTheField(string[] users, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new GroupParticipantsRequest(users));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void CreateGroupRequest_SubjectOver128_RefusedWithTheLimit()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new CreateGroupRequest(new string('a', 129)));

        Assert.Equal(("subject", 128), (error.Field, error.Limit));
    }

    [Fact]
    public void CreateGroupRequest_DescriptionOver2048_RefusedWithTheLimit()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new CreateGroupRequest("s") { Description = new string('a', 2049) });

        Assert.Equal(("description", 2048), (error.Field, error.Limit));
    }
}
