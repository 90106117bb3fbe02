using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Groups;

/// <summary>
/// The Groups API management calls: <c>/{phone-number-id}/groups</c>, <c>/{group-id}</c> and its <c>invite_link</c>,
/// <c>join_requests</c> and <c>participants</c> edges, answering as the examples of Meta's spec do and queueing the group
/// webhooks Meta sends for each change.
/// </summary>
internal static class GroupEndpoints
{
    private const int MaxSubject = 128;
    private const int MaxDescription = 2048;
    private const int MaxPictureBytes = 5 * 1024 * 1024;
    private const int MinPictureSide = 192;

    private static readonly string[] AllFields =
        ["subject", "description", "participants", "join_approval_mode", "suspended", "creation_timestamp", "total_participant_count"];

    /// <summary>Wraps a handler of <c>/{group-id}/...</c>: an unknown group answers 131041.</summary>
    public static RequestDelegate Group(Func<HttpContext, EmulatedGroup, Task> handler) => context =>
    {
        var id = context.RouteId();
        return context.State().Groups.Find(id) is { } group ? handler(context, group) : throw GroupErrors.Unknown(id);
    };

    public static async Task CreateAsync(HttpContext context, PhoneNumberState number)
    {
        var state = context.State();
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var subject = JsonRules.RequireString(body, "subject", string.Empty).Trim();
        if (subject.Length is 0 or > MaxSubject)
        {
            throw GraphError.InvalidParameter($"Param subject must be 1 to {MaxSubject} characters once trimmed.");
        }

        var description = JsonRules.OptionalString(body, "description", string.Empty, MaxDescription);
        var mode = JsonRules.OptionalString(body, "join_approval_mode", string.Empty) ?? "auto_approve";
        JsonRules.OneOf(mode, "join_approval_mode", "approval_required", "auto_approve");
        if (state.Groups.CountOf(number.Id) >= GroupErrors.MaxGroupsPerNumber)
        {
            throw new GraphError(400, GroupErrors.CreateLimitReached, "Group create limit reached", $"The number {number.Id} has {GroupErrors.MaxGroupsPerNumber} groups.");
        }

        var group = state.Groups.Create(number.DisplayDigits, number.Id, subject, description, mode, state.Now);
        var requestId = RequestId(state);
        await GroupWebhooks.EnqueueAsync(state, number, GroupWebhooks.Lifecycle, GroupWebhooks.Created(group, requestId, state.Now), context.RequestAborted).ConfigureAwait(false);
        await context.WriteJsonAsync(new JsonObject { ["messaging_product"] = "whatsapp", ["request_id"] = requestId }).ConfigureAwait(false);
    }

    /// <summary><c>GET /{phone-number-id}/groups</c>: <c>data.groups[]</c> and Graph paging; a cursor that is not one the emulator issued answers 131059.</summary>
    public static Task ListAsync(HttpContext context, PhoneNumberState number)
    {
        var query = context.Request.Query;
        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > 1024))
        {
            throw GraphError.InvalidParameter("Param limit must be an integer from 1 to 1024.");
        }

        foreach (var name in (ReadOnlySpan<string>)["after", "before"])
        {
            if (query.TryGetValue(name, out var cursor) && !string.IsNullOrEmpty(cursor) && !IsCursor(cursor!))
            {
                throw new GraphError(400, GroupErrors.InvalidCursor, "Invalid cursor", "The cursor is expired or corrupted; restart paging from the first page.");
            }
        }

        var groups = context.State().Groups.Of(number.Id);
        var page = Paging.Page(context, groups, static g => Key(g.Sequence), static g => new JsonObject
        {
            ["id"] = g.Id,
            ["subject"] = g.Subject,
            ["created_at"] = g.CreatedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        });
        var items = page["data"]!;
        page["data"] = new JsonObject { ["groups"] = items.DeepClone() };
        return context.WriteJsonAsync(page);
    }

    /// <summary><c>GET /{group-id}?fields=...</c>: the fields asked for (all of them when none), with <c>id</c> and <c>messaging_product</c>.</summary>
    public static Task GetAsync(HttpContext context, EmulatedGroup group)
    {
        var asked = context.Request.Query["fields"].ToString();
        var fields = asked.Length == 0 ? AllFields : asked.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var json = new JsonObject { ["messaging_product"] = "whatsapp", ["id"] = group.Id };
        lock (context.State().Groups.Sync)
        {
            foreach (var field in fields)
            {
                json[field] = field switch
                {
                    "subject" => group.Subject,
                    "description" => group.Description,
                    "participants" => new JsonArray([.. group.Participants.Select(p => (JsonNode)new JsonObject { ["wa_id"] = p.WaId })]),
                    "join_approval_mode" => group.JoinApprovalMode,
                    "suspended" => group.Suspended,
                    "creation_timestamp" => group.CreatedAt.ToUnixTimeSeconds(),
                    "total_participant_count" => group.Participants.Count,
                    "id" => group.Id,
                    _ => throw GraphError.InvalidParameter($"Unknown field: {field}. Group fields: {string.Join(", ", AllFields)}."),
                };
            }
        }

        return context.WriteJsonAsync(json);
    }

    /// <summary>
    /// <c>POST /{group-id}</c>: subject and description as JSON, or a picture as the <c>file</c> of a multipart form (a
    /// square JPEG of at least 192 pixels a side, else 131209/131210). Each change is reported in a <c>group_settings_update</c>.
    /// </summary>
    public static async Task UpdateAsync(HttpContext context, EmulatedGroup group)
    {
        var state = context.State();
        string? subject, description;
        (string Sha256, string MimeType)? picture = null;
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            if (form["messaging_product"].ToString() != "whatsapp")
            {
                throw GraphError.InvalidParameter("Param messaging_product must be 'whatsapp'.");
            }

            subject = form.TryGetValue("subject", out var s) ? s.ToString() : null;
            description = form.TryGetValue("description", out var d) ? d.ToString() : null;
            if (form.Files["file"] is { } file)
            {
                picture = (await CheckPictureAsync(file, context.RequestAborted).ConfigureAwait(false), "image/jpeg");
            }
        }
        else
        {
            var body = await ReadBodyAsync(context).ConfigureAwait(false);
            subject = JsonRules.OptionalString(body, "subject", string.Empty);
            description = JsonRules.OptionalString(body, "description", string.Empty);
        }

        subject = subject?.Trim();
        if (subject is { Length: 0 or > MaxSubject })
        {
            throw GraphError.InvalidParameter($"Param subject must be 1 to {MaxSubject} characters once trimmed.");
        }

        if (description is { Length: > MaxDescription })
        {
            throw GraphError.InvalidParameter($"Param description must be at most {MaxDescription} characters.");
        }

        if (subject is null && description is null && picture is null)
        {
            throw GraphError.MissingParameter("Set at least one of subject, description or file.");
        }

        CheckActive(group);
        var item = GroupWebhooks.Item(group, "group_settings_update", state.Now, RequestId(state));
        lock (state.Groups.Sync)
        {
            if (subject is not null)
            {
                group.Subject = subject;
                item["group_subject"] = new JsonObject { ["text"] = subject, ["update_successful"] = true };
            }

            if (description is not null)
            {
                group.Description = description;
                item["group_description"] = new JsonObject { ["text"] = description, ["update_successful"] = true };
            }

            if (picture is { } p)
            {
                group.PictureSha256 = p.Sha256;
                item["profile_picture"] = new JsonObject { ["mime_type"] = p.MimeType, ["sha256"] = p.Sha256, ["update_successful"] = true };
            }
        }

        await GroupWebhooks.EnqueueAsync(state, Number(state, group), GroupWebhooks.Settings, item, context.RequestAborted).ConfigureAwait(false);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    /// <summary><c>DELETE /{group-id}</c>: the group and its participants go; a <c>group_delete</c> lifecycle webhook follows.</summary>
    public static async Task DeleteAsync(HttpContext context, EmulatedGroup group)
    {
        var state = context.State();
        state.Groups.Delete(group.Id);
        await GroupWebhooks.EnqueueAsync(state, Number(state, group), GroupWebhooks.Lifecycle, GroupWebhooks.Item(group, "group_delete", state.Now, RequestId(state)), context.RequestAborted).ConfigureAwait(false);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    /// <summary><c>POST /{group-id}/invite_link</c>: a new link; the previous one stops working.</summary>
    public static async Task CreateInviteLinkAsync(HttpContext context, EmulatedGroup group)
    {
        await ReadBodyAsync(context).ConfigureAwait(false);
        CheckActive(group);
        string link;
        lock (context.State().Groups.Sync)
        {
            link = group.InviteLink = GroupStore.NewInviteLink();
        }

        await context.WriteJsonAsync(new JsonObject { ["messaging_product"] = "whatsapp", ["invite_link"] = link }).ConfigureAwait(false);
    }

    /// <summary><c>DELETE /{group-id}/invite_link</c>, answered as Meta's example: <c>"success": "true"</c>, a string.</summary>
    public static async Task DeleteInviteLinkAsync(HttpContext context, EmulatedGroup group)
    {
        await ReadBodyAsync(context).ConfigureAwait(false);
        lock (context.State().Groups.Sync)
        {
            group.InviteLink = null;
        }

        await context.WriteJsonAsync(new JsonObject { ["messaging_product"] = "whatsapp", ["success"] = "true" }).ConfigureAwait(false);
    }

    public static Task ListJoinRequestsAsync(HttpContext context, EmulatedGroup group)
    {
        List<GroupJoinRequest> requests;
        lock (context.State().Groups.Sync)
        {
            requests = [.. group.JoinRequests];
        }

        return context.WriteJsonAsync(Paging.Page(context, requests, static r => r.Id, static r => new JsonObject
        {
            ["join_request_id"] = r.Id,
            ["wa_id"] = r.User.WaId,
            ["creation_timestamp"] = r.CreatedAt.ToUnixTimeSeconds(),
        }));
    }

    public static Task ApproveJoinRequestsAsync(HttpContext context, EmulatedGroup group) => JoinRequestsAsync(context, group, approve: true);

    public static Task RejectJoinRequestsAsync(HttpContext context, EmulatedGroup group) => JoinRequestsAsync(context, group, approve: false);

    /// <summary>
    /// Approves or rejects join requests, answering <c>approved_join_requests</c>/<c>rejected_join_requests</c>,
    /// <c>failed_join_requests</c> (an unknown request, or an approval that would pass 8 participants) and, when some failed,
    /// <c>errors</c> with 131201. Approved users join with a <c>group_participants_add</c> webhook.
    /// </summary>
    private static async Task JoinRequestsAsync(HttpContext context, EmulatedGroup group, bool approve)
    {
        var state = context.State();
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var ids = JsonRules.RequireArray(body, "join_requests", string.Empty, 1, int.MaxValue);
        CheckActive(group);
        var done = new JsonArray();
        var failed = new JsonArray();
        var joined = new List<JsonObject>();
        lock (state.Groups.Sync)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw GraphError.InvalidParameter($"Param join_requests[{i}] must be a string.");
                var request = group.JoinRequests.Find(r => r.Id == id);
                if (request is null)
                {
                    failed.Add(Failure(id, GraphError.InvalidValue($"The join request {id} does not exist or was already handled.")));
                    continue;
                }

                if (approve && !group.Has(request.User.WaId) && group.Participants.Count >= GroupErrors.MaxParticipants)
                {
                    failed.Add(Failure(id, GroupErrors.OverLimit(group.Participants.Count + 1)));
                    continue;
                }

                group.JoinRequests.Remove(request);
                if (approve && !group.Has(request.User.WaId))
                {
                    group.Participants.Add(request.User);
                    joined.Add(GroupWebhooks.Member(request.User));
                }

                done.Add(id);
            }
        }

        if (joined.Count > 0)
        {
            await GroupWebhooks.EnqueueAsync(state, Number(state, group), GroupWebhooks.Participants,
                GroupWebhooks.ParticipantsChanged(group, added: true, joined, "business", state.Now, RequestId(state)), context.RequestAborted).ConfigureAwait(false);
        }

        var answer = new JsonObject { ["messaging_product"] = "whatsapp", [approve ? "approved_join_requests" : "rejected_join_requests"] = done };
        if (failed.Count > 0)
        {
            answer["failed_join_requests"] = failed;
            answer["errors"] = new JsonArray(PartialError());
        }

        await context.WriteJsonAsync(answer).ConfigureAwait(false);
    }

    public static Task AddParticipantsAsync(HttpContext context, EmulatedGroup group) => ParticipantsAsync(context, group, add: true);

    public static Task RemoveParticipantsAsync(HttpContext context, EmulatedGroup group) => ParticipantsAsync(context, group, add: false);

    /// <summary>
    /// Adds or removes up to 8 participants. A repeated participant refuses the call (131202), an add past 8 participants too
    /// (131204). Per participant, a remove of someone not in the group fails with 131212: when some succeed and some fail the
    /// answer is HTTP 206 with <c>failed_participants</c> and <c>errors</c> 131201; when all fail, the first error. A full
    /// success answers <c>{"success":true}</c> (Meta's spec gives no schema; this shape is the emulator's, unverified).
    /// </summary>
    private static async Task ParticipantsAsync(HttpContext context, EmulatedGroup group, bool add)
    {
        var state = context.State();
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var items = JsonRules.RequireArray(body, "participants", string.Empty, 1, GroupErrors.MaxParticipants);
        var users = JsonRules.Objects(items, "participants").Select(o => JsonRules.RequireString(o.Item, "user", o.Path)).ToList();
        var digits = users.Select(Ids.Digits).ToList();
        if (digits.Distinct(StringComparer.Ordinal).Count() != digits.Count)
        {
            throw new GraphError(400, GroupErrors.DuplicateParticipant, "Duplicate participant", "A participant appears more than once in the input array.");
        }

        CheckActive(group);
        var changed = new List<JsonObject>();
        var failed = new List<(JsonObject Json, GraphError Error)>();
        lock (state.Groups.Sync)
        {
            if (add)
            {
                var size = group.Participants.Count + digits.Count(d => d.Length is >= 7 and <= 15 && !group.Has(d));
                if (size > GroupErrors.MaxParticipants)
                {
                    throw GroupErrors.OverLimit(size);
                }
            }

            for (var i = 0; i < users.Count; i++)
            {
                var waId = digits[i];
                if (waId.Length is < 7 or > 15)
                {
                    var error = GraphError.InvalidValue($"{users[i]} is not a valid WhatsApp phone number.");
                    failed.Add((Failure(users[i], waId, error), error));
                }
                else if (add)
                {
                    var member = new GroupMember(waId, null);
                    if (!group.Has(waId))
                    {
                        group.Participants.Add(member);
                    }

                    changed.Add(GroupWebhooks.Member(member, users[i]));
                }
                else if (group.Participants.Find(p => p.WaId == waId) is { } member)
                {
                    group.Participants.Remove(member);
                    changed.Add(GroupWebhooks.Member(member, users[i]));
                }
                else
                {
                    var error = new GraphError(400, GroupErrors.NotAParticipant, "Participant is not a part of the group", $"{users[i]} is not a participant of the group.");
                    failed.Add((Failure(users[i], waId, error), error));
                }
            }
        }

        if (changed.Count == 0)
        {
            throw failed[0].Error;
        }

        var requestId = RequestId(state);
        await GroupWebhooks.EnqueueAsync(state, Number(state, group), GroupWebhooks.Participants,
            GroupWebhooks.ParticipantsChanged(group, add, changed, "business", state.Now, requestId), context.RequestAborted).ConfigureAwait(false);
        if (failed.Count == 0)
        {
            await context.WriteSuccessAsync().ConfigureAwait(false);
            return;
        }

        context.RecordError(GroupErrors.PartiallySucceeded);
        await context.WriteJsonAsync(new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            [add ? "added_participants" : "removed_participants"] = new JsonArray([.. changed.Select(c => c.DeepClone())]),
            ["failed_participants"] = new JsonArray([.. failed.Select(f => (JsonNode)f.Json)]),
            ["errors"] = new JsonArray(PartialError()),
        }, StatusCodes.Status206PartialContent).ConfigureAwait(false);
    }

    /// <summary>Refuses a change of a suspended group (131207).</summary>
    public static void CheckActive(EmulatedGroup group)
    {
        if (group.Suspended)
        {
            throw GroupErrors.Suspended(group.Id);
        }
    }

    public static PhoneNumberState Number(EmulatorState state, EmulatedGroup group) => state.PhoneNumbers[group.PhoneNumberId];

    private static async Task<JsonObject> ReadBodyAsync(HttpContext context)
    {
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        if (JsonRules.OptionalString(body, "messaging_product", string.Empty) != "whatsapp")
        {
            throw GraphError.InvalidParameter("Param messaging_product must be 'whatsapp'.");
        }

        return body;
    }

    private static async Task<string> CheckPictureAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length is 0 or > MaxPictureBytes)
        {
            throw GraphError.InvalidParameter($"The profile picture must be a JPEG of 1 byte to {MaxPictureBytes} bytes.");
        }

        var bytes = new byte[file.Length];
        var stream = file.OpenReadStream();
        await using (stream.ConfigureAwait(false))
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        }

        var size = JpegHeader.Size(bytes) ?? throw GraphError.InvalidParameter("The profile picture must be a JPEG file.");
        if (size.Width != size.Height)
        {
            throw new GraphError(400, GroupErrors.PictureNotSquare, "Invalid group profile picture aspect ratio", $"The picture is {size.Width}x{size.Height}; width must equal height.");
        }

        if (size.Width < MinPictureSide)
        {
            throw new GraphError(400, GroupErrors.PictureTooSmall, "Image too small", $"The picture is {size.Width}x{size.Height}; the smallest is {MinPictureSide}x{MinPictureSide}.");
        }

        return Convert.ToBase64String(SHA256.HashData(bytes));
    }

    private static JsonObject Failure(string joinRequestId, GraphError error) =>
        new() { ["join_request_id"] = joinRequestId, ["errors"] = new JsonArray(ErrorJson(error)) };

    private static JsonObject Failure(string input, string waId, GraphError error) =>
        new() { ["input"] = input, ["wa_id"] = waId, ["errors"] = new JsonArray(ErrorJson(error)) };

    private static JsonObject ErrorJson(GraphError error) => new()
    {
        ["code"] = error.Code,
        ["title"] = error.Title,
        ["message"] = error.Title,
        ["error_data"] = new JsonObject { ["details"] = error.Details },
    };

    private static JsonObject PartialError() =>
        ErrorJson(new GraphError(206, GroupErrors.PartiallySucceeded, "Request partially succeeded", "Not all participant-level operations succeeded."));

    /// <summary>A request id shaped like Meta's (32 upper-case hex digits).</summary>
    public static string RequestId(EmulatorState state) => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static string Key(long sequence) => sequence.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>Whether a cursor decodes to a key the list issued (base64 of a zero-padded sequence number).</summary>
    private static bool IsCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor.PadRight(cursor.Length + ((4 - (cursor.Length % 4)) % 4), '=')));
            return text.Length == 19 && text.All(char.IsAsciiDigit);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
