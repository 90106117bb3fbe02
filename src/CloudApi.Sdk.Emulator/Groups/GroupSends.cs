using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.Hosting;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using CloudApi.Sdk.Emulator.Webhooks;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Groups;

/// <summary>
/// <c>POST /{phone-number-id}/messages</c> with <c>"recipient_type":"group"</c>: the types Meta supports in groups (text,
/// media, text- and media-based templates) to a group the number is in, answered with the group id, then one status webhook
/// per participant (<c>recipient_type</c> <c>group</c>, <c>recipient_participant_id</c>). Only the throughput limit applies:
/// Meta documents no pair limit for groups.
/// </summary>
internal static class GroupSends
{
    private static readonly HashSet<string> SupportedTypes = new(StringComparer.Ordinal) { "text", "image", "video", "audio", "document", "sticker", "template" };

    public static bool IsGroupSend(JsonObject body) =>
        body["recipient_type"] is JsonValue value && value.TryGetValue<string>(out var type) && type == "group";

    public static async Task HandleAsync(HttpContext context, PhoneNumberState number, JsonObject body)
    {
        var state = context.State();
        // The type is checked before the message itself: a group refuses an interactive message however well formed.
        if (body["type"] is JsonValue typeValue && typeValue.TryGetValue<string>(out var type) && !SupportedTypes.Contains(type))
        {
            throw Unsupported($"Messages of type {type} cannot be sent to groups; groups take text, media and text- or media-based templates.");
        }

        var request = MessageValidator.Validate(body);
        context.AttributeTo(number.Id, request.Recipient);
        if (!SupportedTypes.Contains(request.Type))
        {
            throw Unsupported($"Messages of type {request.Type} cannot be sent to groups; groups take text, media and text- or media-based templates.");
        }

        if (!number.Registered)
        {
            throw new GraphError(400, 133010, "Account not registered", $"Phone number {number.Id} is not registered.");
        }

        var group = state.Groups.Find(request.Recipient);
        if (group is null || group.PhoneNumberId != number.Id)
        {
            throw GroupErrors.Unknown(request.Recipient);
        }

        GroupEndpoints.CheckActive(group);
        if (request.IsTemplate)
        {
            var template = request.Body["template"]!.AsObject();
            TemplateSendCheck.Check(state, number, template);
            if (IsAuthentication(state, number, template))
            {
                throw Unsupported("Authentication templates cannot be sent to groups.");
            }
        }

        List<GroupMember> participants;
        lock (state.Groups.Sync)
        {
            participants = [.. group.Participants];
        }

        if (participants.Count == 0)
        {
            throw new GraphError(400, GroupErrors.SingleMemberGroup, "Bad group", $"The group {group.Id} has no participant besides the business; messages cannot be sent to single-member groups.");
        }

        var now = state.Now;
        if (!number.Limiter.TryTakeThroughput(now.UtcTicks))
        {
            throw new GraphError(400, 130429, "Rate limit hit",
                "Message failed to send because there were too many messages sent from this phone number in a short period of time");
        }

        var message = new EmulatedMessage(state.Ids.NextMessageId(), number.Id, request.To, request.Recipient, request.Type, JsonText.Write(request.Body), now, request.BizOpaqueCallbackData);
        var duplicate = state.Messages.Add(message, CanonicalJson.Write(request.Body));
        state.Stats.Accepted(number.Id, request.Recipient, duplicate);
        var final = state.Options.Webhooks.SendDeliveredAndRead ? "read" : "sent";
        EmulatorLog.MessageAccepted(state.Logger, message.Id, message.Type, number.Id, group.Id, $"{final} ({participants.Count} participants)");
        if (state.Webhooks.Enabled)
        {
            string[] statuses = state.Options.Webhooks.SendDeliveredAndRead ? ["sent", "delivered", "read"] : ["sent"];
            foreach (var status in statuses)
            {
                foreach (var participant in participants)
                {
                    await state.Webhooks.EnqueueAsync(Status(number, message, participant, status, now), context.RequestAborted).ConfigureAwait(false);
                }
            }
        }

        var sent = new JsonObject { ["id"] = message.Id };
        if (request.IsTemplate)
        {
            sent["message_status"] = "accepted";
        }

        await context.WriteJsonAsync(new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(new JsonObject { ["input"] = request.To, ["group_id"] = group.Id }),
            ["messages"] = new JsonArray(sent),
        }).ConfigureAwait(false);
    }

    /// <summary>A status of a group message for one participant: the group in <c>recipient_id</c>, the participant in <c>recipient_participant_id</c>.</summary>
    private static string Status(PhoneNumberState number, EmulatedMessage message, GroupMember participant, string status, DateTimeOffset at)
    {
        var item = new JsonObject
        {
            ["id"] = message.Id,
            ["status"] = status,
            ["timestamp"] = WebhookPayloads.Unix(at),
            ["recipient_id"] = message.Recipient,
            ["recipient_type"] = "group",
            ["recipient_participant_id"] = participant.WaId,
        };
        if (participant.UserId is not null)
        {
            item["recipient_user_id"] = participant.UserId;
        }

        if (message.BizOpaqueCallbackData is not null)
        {
            item["biz_opaque_callback_data"] = message.BizOpaqueCallbackData;
        }

        return WebhookPayloads.Change(number, "messages", new JsonObject { ["statuses"] = new JsonArray(item) }, at);
    }

    private static bool IsAuthentication(EmulatorState state, PhoneNumberState number, JsonObject template)
    {
        var name = template["name"]?.GetValue<string>();
        var language = template["language"]?["code"]?.GetValue<string>();
        var stored = name is null ? null : state.Templates.Named(number.BusinessAccountId, name).Find(t => t.Language == language);
        return string.Equals(stored?.Category, "AUTHENTICATION", StringComparison.OrdinalIgnoreCase);
    }

    private static GraphError Unsupported(string details) => new(400, GroupErrors.UnsupportedMessageType, "Unsupported message type", details);
}
