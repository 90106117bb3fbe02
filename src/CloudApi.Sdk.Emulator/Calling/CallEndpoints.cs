using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Calling;

/// <summary>
/// <c>POST /{phone-number-id}/calls</c> (connect, pre_accept, accept, reject, terminate) and
/// <c>GET /{phone-number-id}/call_permissions</c>. As on Meta: a business-initiated call needs the user's permission
/// (138006), one call per user at a time (138003), at most 5 connected business-initiated calls per user per 24 hours
/// (138012); each action moves the call on and queues its <c>calls</c> webhooks, with times from the emulator's clock.
/// </summary>
internal static partial class CallEndpoints
{
    public const int PermissionMissing = 138006;
    public const int DuplicateCall = 138003;
    public const int CallLimitReached = 138012;

    public static async Task ActAsync(HttpContext context, PhoneNumberState number)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        if (JsonRules.OptionalString(body, "messaging_product", string.Empty) != "whatsapp")
        {
            throw GraphError.InvalidParameter("Param messaging_product must be 'whatsapp'.");
        }

        var action = JsonRules.OneOf(JsonRules.RequireString(body, "action", string.Empty), "action", "connect", "pre_accept", "accept", "reject", "terminate");
        if (action == "connect")
        {
            await ConnectAsync(context, state, number, body).ConfigureAwait(false);
            return;
        }

        var call = CallOf(state, number, body);
        var ct = context.RequestAborted;
        switch (action)
        {
            case "pre_accept":
                Sdp(body, "answer");
                Move(state, call, s => s == EmulatedCallState.Ringing && !call.BusinessInitiated, EmulatedCallState.PreAccepted, action);
                break;
            case "accept":
                Sdp(body, "answer");
                call.BizOpaqueCallbackData = JsonRules.OptionalString(body, "biz_opaque_callback_data", string.Empty, 512) ?? call.BizOpaqueCallbackData;
                Move(state, call, s => s is EmulatedCallState.Ringing or EmulatedCallState.PreAccepted && !call.BusinessInitiated, EmulatedCallState.Connected, action);
                break;
            case "reject":
                Move(state, call, s => s is EmulatedCallState.Ringing or EmulatedCallState.PreAccepted && !call.BusinessInitiated, EmulatedCallState.Ended, action);
                await CallWebhooks.TerminateAsync(state, call, ct).ConfigureAwait(false);
                break;
            default:
                Move(state, call, s => s != EmulatedCallState.Ended, EmulatedCallState.Ended, action);
                await CallWebhooks.TerminateAsync(state, call, ct).ConfigureAwait(false);
                break;
        }

        await context.WriteJsonAsync(new JsonObject { ["messaging_product"] = "whatsapp", ["success"] = true }).ConfigureAwait(false);
    }

    public static Task PermissionsAsync(HttpContext context, PhoneNumberState number)
    {
        var state = context.State();
        var query = context.Request.Query;
        var user = query["user_wa_id"].ToString() is { Length: > 0 } phone ? Ids.Digits(phone)
            : query["recipient"].ToString() is { Length: > 0 } bsuid ? bsuid
            : throw GraphError.MissingParameter("Param user_wa_id is required.");
        var now = state.Now;
        var (status, expiresAt) = state.Calls.PermissionOf(number.Id, user, now);
        var connected = state.Calls.ConnectedInLastDay(number.Id, user, now);
        var permission = new JsonObject { ["status"] = status };
        if (expiresAt is { } end)
        {
            permission["expiration_time"] = end.ToUnixTimeSeconds();
        }

        var callLimit = new JsonObject
        {
            ["time_period"] = "PT24H",
            ["current_usage"] = connected.Count,
            ["max_allowed"] = CallingState.MaxConnectedCallsPerDay,
        };
        if (connected.Count > 0)
        {
            callLimit["limit_expiration_time"] = (connected[0] + TimeSpan.FromDays(1)).ToUnixTimeSeconds();
        }

        return context.WriteJsonAsync(new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["permission"] = permission,
            ["actions"] = new JsonArray(
                new JsonObject
                {
                    ["action_name"] = "start_call",
                    ["can_perform_action"] = status == "granted" && connected.Count < CallingState.MaxConnectedCallsPerDay,
                    ["limits"] = new JsonArray(callLimit),
                },
                new JsonObject { ["action_name"] = "send_call_permission_request", ["can_perform_action"] = status != "granted" }),
        });
    }

    private static async Task ConnectAsync(HttpContext context, EmulatorState state, PhoneNumberState number, JsonObject body)
    {
        var user = JsonRules.OptionalString(body, "to", string.Empty) is { } to ? Ids.Digits(to)
            : JsonRules.OptionalString(body, "recipient", string.Empty) is { } recipient ? Bsuid(recipient)
            : throw GraphError.MissingParameter("Param to is required.");
        if (user.Length == 0)
        {
            throw GraphError.InvalidParameter("Param to must be a phone number.");
        }

        context.AttributeTo(number.Id, user);
        Sdp(body, "offer");
        var callback = JsonRules.OptionalString(body, "biz_opaque_callback_data", string.Empty, 512);
        var now = state.Now;
        if (state.Calls.PermissionOf(number.Id, user, now).Status != "granted")
        {
            throw Refused(context, PermissionMissing, "No approved call permission from the recipient",
                $"The user {user} has not granted {number.Id} permission to call (or it expired): send a call permission request.");
        }

        if (state.Calls.OngoingWith(number.Id, user) is not null)
        {
            throw Refused(context, DuplicateCall, "Duplicate call", $"A call with {user} is already ongoing.");
        }

        if (state.Calls.ConnectedInLastDay(number.Id, user, now) is { Count: >= CallingState.MaxConnectedCallsPerDay } connected)
        {
            throw Refused(context, CallLimitReached, "Business initiated calls limit reached",
                $"{CallingState.MaxConnectedCallsPerDay} calls to {user} connected in 24 hours; the next is allowed at {(connected[0] + TimeSpan.FromDays(1)).ToUnixTimeSeconds()}.");
        }

        var call = new EmulatedCall(NewCallId(), number.Id, user, businessInitiated: true, now, callback);
        state.Calls.Add(call);
        await CallWebhooks.StatusAsync(state, call, "RINGING", context.RequestAborted).ConfigureAwait(false);
        await context.WriteJsonAsync(new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["calls"] = new JsonArray(new JsonObject { ["id"] = call.Id }),
        }).ConfigureAwait(false);
    }

    /// <summary>The call an action names by <c>call_id</c> (or, as the spec's examples do, by <c>to</c>: the user's ongoing call).</summary>
    private static EmulatedCall CallOf(EmulatorState state, PhoneNumberState number, JsonObject body)
    {
        if (JsonRules.OptionalString(body, "call_id", string.Empty) is { } id)
        {
            return state.Calls.Find(id) is { } call && call.PhoneNumberId == number.Id
                ? call
                : throw GraphError.InvalidParameter($"Param call_id '{id}' is not a call of {number.Id}.");
        }

        var to = JsonRules.OptionalString(body, "to", string.Empty) ?? throw GraphError.MissingParameter("Param call_id is required.");
        return state.Calls.OngoingWith(number.Id, Ids.Digits(to)) ?? throw GraphError.InvalidParameter($"There is no ongoing call with {to}.");
    }

    private static void Move(EmulatorState state, EmulatedCall call, Func<EmulatedCallState, bool> allowed, EmulatedCallState next, string action)
    {
        if (!state.Calls.TryMove(call, allowed, next, state.Now))
        {
            throw GraphError.InvalidParameter($"Cannot {action} the call {call.Id}: it is {call.State.ToString().ToLowerInvariant()} ({call.Direction}).");
        }
    }

    /// <summary>Checks <c>session</c>: the SDP type due for the action, and RFC 8866 text (first line <c>v=0</c>).</summary>
    private static void Sdp(JsonObject body, string sdpType)
    {
        var session = JsonRules.RequireObject(body, "session", string.Empty);
        if (JsonRules.RequireString(session, "sdp_type", "session") != sdpType)
        {
            throw GraphError.InvalidParameter($"Param session.sdp_type must be '{sdpType}' for this action.");
        }

        var sdp = JsonRules.RequireString(session, "sdp", "session");
        if (!sdp.StartsWith("v=0\r\n", StringComparison.Ordinal) && !sdp.StartsWith("v=0\n", StringComparison.Ordinal) && sdp != "v=0")
        {
            throw GraphError.InvalidParameter("Param session.sdp must be an SDP (RFC 8866) whose first line is v=0.");
        }
    }

    private static string Bsuid(string recipient) =>
        BusinessScopedUserId().IsMatch(recipient) ? recipient : throw GraphError.InvalidParameter($"Param recipient '{recipient}' is not a business-scoped user id.");

    private static GraphError Refused(HttpContext context, int code, string title, string details)
    {
        context.RecordError(code);
        return new GraphError(400, code, title, details);
    }

    internal static string NewCallId()
    {
        Span<byte> bytes = stackalloc byte[18];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        return "wacid." + Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }

    [GeneratedRegex("^[A-Z]{2}\\.(ENT\\.)?[A-Za-z0-9]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex BusinessScopedUserId();
}
