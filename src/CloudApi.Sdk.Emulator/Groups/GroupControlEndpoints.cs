using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Groups;

/// <summary>
/// The test controls of the emulated groups (not Meta's API): a simulated user opens an invite link, leaves a group, or
/// WhatsApp suspends one.
/// </summary>
internal static class GroupControlEndpoints
{
    /// <summary>
    /// <c>POST /_emulator/groups/join</c> <c>{"invite_link":"https://chat.whatsapp.com/...","from":"+16505551234","user_id":"US.123"?}</c>:
    /// in a group with <c>auto_approve</c> the user joins (<c>group_participants_add</c>, initiated by the participant);
    /// with <c>approval_required</c> a join request is opened (<c>group_join_request_created</c>). Answers
    /// <c>{"group_id":...,"joined":true}</c> or <c>{"group_id":...,"join_request_id":...}</c>.
    /// </summary>
    public static async Task JoinAsync(HttpContext context)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var link = JsonRules.RequireString(body, "invite_link", string.Empty);
        var member = Member(body);
        var group = state.Groups.FindByInviteLink(link)
            ?? throw GraphError.InvalidValue($"The invite link {link} is not the current link of any group (deleted or reset).");
        GroupEndpoints.CheckActive(group);
        var number = GroupEndpoints.Number(state, group);
        JsonObject? item = null;
        JsonObject answer = new() { ["group_id"] = group.Id };
        lock (state.Groups.Sync)
        {
            if (group.Has(member.WaId))
            {
                answer["joined"] = true;
            }
            else if (group.JoinApprovalMode == "approval_required")
            {
                var request = group.JoinRequests.Find(r => r.User.WaId == member.WaId);
                if (request is null)
                {
                    request = new GroupJoinRequest(GroupStore.NewJoinRequestId(group.Sequence * 1000 + group.JoinRequests.Count, member.WaId), member, state.Now);
                    group.JoinRequests.Add(request);
                }

                answer["join_request_id"] = request.Id;
                item = GroupWebhooks.Item(group, "group_join_request_created", state.Now);
                item["join_request_id"] = request.Id;
                item["wa_id"] = member.WaId;
                if (member.UserId is not null)
                {
                    item["user_id"] = member.UserId;
                }
            }
            else
            {
                if (group.Participants.Count >= GroupErrors.MaxParticipants)
                {
                    throw GroupErrors.OverLimit(group.Participants.Count + 1);
                }

                group.Participants.Add(member);
                answer["joined"] = true;
                item = GroupWebhooks.ParticipantsChanged(group, added: true, [GroupWebhooks.Member(member)], "participant", state.Now);
            }
        }

        if (item is not null)
        {
            await GroupWebhooks.EnqueueAsync(state, number, GroupWebhooks.Participants, item, context.RequestAborted).ConfigureAwait(false);
        }

        await context.WriteJsonAsync(answer).ConfigureAwait(false);
    }

    /// <summary><c>POST /_emulator/groups/leave</c> <c>{"group_id":"...","from":"+16505551234"}</c>: the user leaves (<c>group_participants_remove</c>, initiated by the participant).</summary>
    public static async Task LeaveAsync(HttpContext context)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var group = Group(state, body);
        var waId = Ids.Digits(JsonRules.RequireString(body, "from", string.Empty));
        GroupMember? member;
        lock (state.Groups.Sync)
        {
            member = group.Participants.Find(p => p.WaId == waId);
            if (member is not null)
            {
                group.Participants.Remove(member);
            }
        }

        if (member is null)
        {
            throw new GraphError(400, GroupErrors.NotAParticipant, "Participant is not a part of the group", $"{waId} is not a participant of the group.");
        }

        await GroupWebhooks.EnqueueAsync(state, GroupEndpoints.Number(state, group), GroupWebhooks.Participants,
            GroupWebhooks.ParticipantsChanged(group, added: false, [GroupWebhooks.Member(member)], "participant", state.Now), context.RequestAborted).ConfigureAwait(false);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// <c>POST /_emulator/groups/suspend</c> <c>{"group_id":"...","suspended":true}</c>: WhatsApp suspends the group (or lifts
    /// the suspension), with a <c>group_status_update</c> (<c>group_suspend</c> or <c>group_suspend_cleared</c>).
    /// </summary>
    public static async Task SuspendAsync(HttpContext context)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var group = Group(state, body);
        var suspended = JsonRules.OptionalBool(body, "suspended", string.Empty) ?? true;
        lock (state.Groups.Sync)
        {
            group.Suspended = suspended;
        }

        await GroupWebhooks.EnqueueAsync(state, GroupEndpoints.Number(state, group), GroupWebhooks.Status,
            GroupWebhooks.Item(group, suspended ? "group_suspend" : "group_suspend_cleared", state.Now), context.RequestAborted).ConfigureAwait(false);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    private static EmulatedGroup Group(EmulatorState state, JsonObject body)
    {
        var id = JsonRules.RequireString(body, "group_id", string.Empty);
        return state.Groups.Find(id) ?? throw GroupErrors.Unknown(id);
    }

    private static GroupMember Member(JsonObject body)
    {
        var waId = Ids.Digits(JsonRules.RequireString(body, "from", string.Empty));
        if (waId.Length is < 7 or > 15)
        {
            throw GraphError.InvalidParameter("Param from must be a phone number with country code.");
        }

        return new GroupMember(waId, JsonRules.OptionalString(body, "user_id", string.Empty));
    }
}
