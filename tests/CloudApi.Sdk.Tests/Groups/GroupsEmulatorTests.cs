using System.Net.Http.Json;
using CloudApi.Sdk.Groups;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Templates;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Groups;

/// <summary>The Groups client against the emulator: the lifecycle, the webhooks parsed into typed group events, and group sends.</summary>
public sealed class GroupsEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateJoinSendRemoveDelete_ThroughEmulator_TypedEventsAtEachStep()
    {
        using var hooks = new GroupWebhookCollector();
        await using var graph = await StartAsync(hooks);
        var groups = graph.Client.Groups;

        var created = await groups.CreateAsync(new CreateGroupRequest("Support") { Description = "Help desk" }, cancellationToken: Ct);
        var lifecycle = await hooks.NextAsync<GroupLifecycleUpdate>();
        Assert.Equal(("group_create", created.RequestId, "Support", "Help desk", "auto_approve"),
            (lifecycle.Type, lifecycle.RequestId, lifecycle.Subject, lifecycle.Description, lifecycle.JoinApprovalMode));
        Assert.StartsWith("https://chat.whatsapp.com/", lifecycle.InviteLink, StringComparison.Ordinal);
        var groupId = lifecycle.GroupId;

        using var http = new HttpClient { BaseAddress = graph.Emulator.BaseAddress };
        await PostAsync(http, "_emulator/groups/join", new { invite_link = lifecycle.InviteLink, from = "+16505551234", user_id = "US.13491208655302741918" });
        await PostAsync(http, "_emulator/groups/join", new { invite_link = lifecycle.InviteLink, from = "+16505551235" });
        var joined = await hooks.NextAsync<GroupParticipantsUpdate>(2);
        Assert.All(joined, j => Assert.Equal(("group_participants_add", "participant", groupId), (j.Type, j.InitiatedBy, j.GroupId)));
        var first = Assert.Single(joined.SelectMany(j => j.AddedParticipants), p => p.WaId == "16505551234");
        Assert.Equal("US.13491208655302741918", first.UserId);

        var listed = Assert.Single(await groups.ListAsync(cancellationToken: Ct).ToListAsync(Ct));
        var info = await groups.GetAsync(groupId, cancellationToken: Ct);
        Assert.Equal((groupId, "Support"), (listed.Id, listed.Subject));
        Assert.Equal(["16505551234", "16505551235"], info.Participants.Select(p => p.WaId));
        Assert.Equal((2L, GroupJoinApprovalMode.AutoApprove), (info.TotalParticipantCount!.Value, info.JoinApprovalMode!.Value));

        // The SDK's own group send: recipient_type group, the group id in `to`, only the throughput limit.
        var send = await graph.Client.Messages.SendTextAsync(WhatsAppRecipient.Group(groupId), "Hello group", cancellationToken: Ct);
        var messageId = send.MessageId;
        Assert.Equal((groupId, (string?)null), (send.GroupId, send.WaId));
        var statuses = await hooks.NextAsync<MessageStatusUpdate>(2);
        Assert.All(statuses, s => Assert.Equal((messageId, "group", groupId, DeliveryStatus.Sent), (s.MessageId, s.RecipientType, s.RecipientId, s.Status)));
        Assert.Equal(["16505551234", "16505551235"], statuses.Select(s => s.RecipientParticipantId).Order());
        Assert.Equal("US.13491208655302741918", Assert.Single(statuses, s => s.RecipientParticipantId == "16505551234").RecipientUserId);

        var removed = await groups.RemoveParticipantsAsync(groupId, new GroupParticipantsRequest(["+16505551234", "+16505550000"]), cancellationToken: Ct);
        Assert.Equal([true, false], removed.Participants.Select(p => p.Succeeded));
        Assert.Equal(WhatsAppErrorCodes.GroupParticipantNotInGroup, removed.Participants[1].Errors[0].Code);
        Assert.Equal(206, removed.Response!.StatusCode);
        var left = await hooks.NextAsync<GroupParticipantsUpdate>();
        Assert.Equal(("group_participants_remove", "business", "16505551234"), (left.Type, left.InitiatedBy, Assert.Single(left.RemovedParticipants).WaId));

        await groups.UpdateSettingsAsync(groupId, new UpdateGroupSettingsRequest { Subject = "Support desk", ProfilePicture = new GroupProfilePicture(TestJpeg.Of(400, 400)) }, cancellationToken: Ct);
        var settings = await hooks.NextAsync<GroupSettingsUpdate>();
        Assert.Equal(("Support desk", true), (settings.Subject!.Text, settings.Subject.UpdateSuccessful));
        Assert.Equal("image/jpeg", settings.ProfilePicture!.MimeType);

        await groups.DeleteAsync(groupId, cancellationToken: Ct);
        Assert.Equal("group_delete", (await hooks.NextAsync<GroupLifecycleUpdate>()).Type);
        var gone = await Assert.ThrowsAsync<WhatsAppApiException>(() => groups.GetAsync(groupId, cancellationToken: Ct));
        Assert.Equal(WhatsAppErrorCodes.GroupUnknown, gone.ErrorCode);
    }

    [Fact]
    public async Task ApprovalRequired_JoinRequest_ListedApprovedAndJoined()
    {
        using var hooks = new GroupWebhookCollector();
        await using var graph = await StartAsync(hooks);
        var groups = graph.Client.Groups;
        await groups.CreateAsync(new CreateGroupRequest("VIP") { JoinApprovalMode = GroupJoinApprovalMode.ApprovalRequired }, cancellationToken: Ct);
        var lifecycle = await hooks.NextAsync<GroupLifecycleUpdate>();
        using var http = new HttpClient { BaseAddress = graph.Emulator.BaseAddress };

        await PostAsync(http, "_emulator/groups/join", new { invite_link = lifecycle.InviteLink, from = "+16505551234" });
        var asked = await hooks.NextAsync<GroupParticipantsUpdate>();
        var requests = await groups.ListJoinRequestsAsync(lifecycle.GroupId, cancellationToken: Ct).ToListAsync(Ct);
        var approved = await groups.ApproveJoinRequestsAsync(lifecycle.GroupId, [requests[0].JoinRequestId, "unknown"], cancellationToken: Ct);
        var joined = await hooks.NextAsync<GroupParticipantsUpdate>();
        var info = await groups.GetAsync(lifecycle.GroupId, new GroupRequestOptions { Fields = [GroupFields.Participants] }, Ct);

        Assert.Equal(("group_join_request_created", "16505551234"), (asked.Type, asked.WaId));
        Assert.Equal(asked.JoinRequestId, Assert.Single(requests).JoinRequestId);
        Assert.Equal([requests[0].JoinRequestId], approved.Succeeded);
        Assert.Equal("unknown", Assert.Single(approved.Failed).JoinRequestId);
        Assert.Equal(("group_participants_add", "16505551234"), (joined.Type, Assert.Single(joined.AddedParticipants).WaId));
        Assert.Equal("16505551234", Assert.Single(info.Participants).WaId);
    }

    [Fact]
    public async Task Suspend_ThroughControl_StatusEventAndSendsRefused()
    {
        using var hooks = new GroupWebhookCollector();
        await using var graph = await StartAsync(hooks);
        await graph.Client.Groups.CreateAsync(new CreateGroupRequest("Flagged"), cancellationToken: Ct);
        var lifecycle = await hooks.NextAsync<GroupLifecycleUpdate>();
        using var http = new HttpClient { BaseAddress = graph.Emulator.BaseAddress };

        await PostAsync(http, "_emulator/groups/suspend", new { group_id = lifecycle.GroupId, suspended = true });
        var status = await hooks.NextAsync<GroupStatusUpdate>();
        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Groups.CreateInviteLinkAsync(lifecycle.GroupId, cancellationToken: Ct));

        Assert.Equal(("group_suspend", lifecycle.GroupId), (status.Type, status.GroupId));
        Assert.Equal(WhatsAppErrorCodes.GroupSuspended, error.ErrorCode);
    }

    private static Task<EmulatedGraph> StartAsync(GroupWebhookCollector hooks) => EmulatedGraph.StartAsync(o =>
    {
        o.WebhookCallbackUri = hooks.Url;
        o.Webhooks.SendDeliveredAndRead = false;
    });

    private static async Task PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
