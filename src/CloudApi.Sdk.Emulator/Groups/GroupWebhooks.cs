using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Webhooks;

namespace CloudApi.Sdk.Emulator.Groups;

/// <summary>
/// Queues the four group webhook fields as Meta sends them: a <c>groups[]</c> item with <c>timestamp</c>, <c>group_id</c>,
/// <c>type</c> and, for a change the business asked for, its <c>request_id</c>.
/// </summary>
internal static class GroupWebhooks
{
    public const string Lifecycle = "group_lifecycle_update";
    public const string Participants = "group_participants_update";
    public const string Settings = "group_settings_update";
    public const string Status = "group_status_update";

    public static JsonObject Item(EmulatedGroup group, string type, DateTimeOffset at, string? requestId = null)
    {
        var item = new JsonObject
        {
            ["timestamp"] = WebhookPayloads.Unix(at),
            ["group_id"] = group.Id,
            ["type"] = type,
        };
        if (requestId is not null)
        {
            item["request_id"] = requestId;
        }

        return item;
    }

    /// <summary><c>group_create</c>: the subject, description, invite link and join approval mode of the new group.</summary>
    public static JsonObject Created(EmulatedGroup group, string requestId, DateTimeOffset at)
    {
        var item = Item(group, "group_create", at, requestId);
        item["subject"] = group.Subject;
        if (group.Description is not null)
        {
            item["description"] = group.Description;
        }

        item["invite_link"] = group.InviteLink;
        item["join_approval_mode"] = group.JoinApprovalMode;
        return item;
    }

    /// <summary>A <c>{wa_id, user_id?}</c> participant of <c>added_participants</c>/<c>removed_participants</c>.</summary>
    public static JsonObject Member(GroupMember member, string? input = null)
    {
        var json = new JsonObject();
        if (input is not null)
        {
            json["input"] = input;
        }

        json["wa_id"] = member.WaId;
        if (member.UserId is not null)
        {
            json["user_id"] = member.UserId;
        }

        return json;
    }

    /// <summary><c>group_participants_add</c> or <c>group_participants_remove</c>, by the business or the participant.</summary>
    public static JsonObject ParticipantsChanged(EmulatedGroup group, bool added, IEnumerable<JsonObject> members, string initiatedBy, DateTimeOffset at, string? requestId = null)
    {
        var item = Item(group, added ? "group_participants_add" : "group_participants_remove", at, requestId);
        item["initiated_by"] = initiatedBy;
        item[added ? "added_participants" : "removed_participants"] = new JsonArray([.. members]);
        return item;
    }

    public static ValueTask EnqueueAsync(EmulatorState state, PhoneNumberState number, string field, JsonObject item, CancellationToken cancellationToken) =>
        state.Webhooks.Enabled
            ? state.Webhooks.EnqueueAsync(WebhookPayloads.Change(number, field, new JsonObject { ["groups"] = new JsonArray(item) }, state.Now), cancellationToken)
            : ValueTask.CompletedTask;
}
