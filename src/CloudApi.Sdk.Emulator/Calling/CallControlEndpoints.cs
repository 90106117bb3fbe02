using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Calling;

/// <summary>
/// What the user does, for tests and the standalone emulator (no token):
/// <list type="bullet">
/// <item><c>POST /_emulator/calls/permissions</c> <c>{"user":"16505551234","status":"granted|denied|none","expires_in_seconds":3600,"permanent":false,"phone_number_id":"..."}</c>:
/// sets the user's call permission (granted for 7 days unless told otherwise).</item>
/// <item><c>POST /_emulator/calls/incoming</c> <c>{"from":"16505551234","name":"Ana","sdp":"v=0...","phone_number_id":"..."}</c>: the user calls the
/// business; a <c>calls</c> connect webhook with the SDP offer follows. Answers <c>{"id":"wacid..."}</c>.</item>
/// <item><c>POST /_emulator/calls/{id}/answer</c> <c>{"sdp":"v=0..."}</c>, <c>/reject</c>, <c>/hangup</c>: the user answers, rejects or
/// hangs up a call (the business's, or their own).</item>
/// </list>
/// </summary>
internal static class CallControlEndpoints
{
    /// <summary>The SDP the simulated user's phone sends when the test gives none.</summary>
    public const string DefaultSdp = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=rtpmap:111 opus/48000/2\r\n";

    public static async Task PermissionAsync(HttpContext context)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var number = Number(state, JsonRules.OptionalString(body, "phone_number_id", string.Empty));
        var user = User(JsonRules.RequireString(body, "user", string.Empty));
        var status = JsonRules.OneOf(JsonRules.RequireString(body, "status", string.Empty), "status", "granted", "denied", "none");
        if (status == "none")
        {
            state.Calls.ClearPermission(number.Id, user);
        }
        else
        {
            var permanent = JsonRules.OptionalBool(body, "permanent", string.Empty) == true;
            var lifetime = body["expires_in_seconds"] is null
                ? CallingState.TemporaryPermission
                : TimeSpan.FromSeconds(JsonRules.RequireInteger(body, "expires_in_seconds", string.Empty, min: 1));
            state.Calls.SetPermission(number.Id, user, status == "granted", permanent ? null : state.Now + lifetime);
        }

        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    public static async Task IncomingAsync(HttpContext context)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var number = Number(state, JsonRules.OptionalString(body, "phone_number_id", string.Empty));
        var user = Ids.Digits(JsonRules.RequireString(body, "from", string.Empty));
        if (user.Length == 0)
        {
            throw GraphError.InvalidParameter("Param from must be a phone number.");
        }

        if (state.Calls.OngoingWith(number.Id, user) is { } ongoing)
        {
            throw GraphError.InvalidParameter($"The user {user} is already in the call {ongoing.Id}.");
        }

        var call = new EmulatedCall(CallEndpoints.NewCallId(), number.Id, user, businessInitiated: false, state.Now, bizOpaqueCallbackData: null);
        state.Calls.Add(call);
        state.Window.Open(number.Id, user, state.Now);
        var sdp = JsonRules.OptionalString(body, "sdp", string.Empty) ?? DefaultSdp;
        await CallWebhooks.ConnectAsync(state, call, "offer", sdp, JsonRules.OptionalString(body, "name", string.Empty), context.RequestAborted).ConfigureAwait(false);
        await context.WriteJsonAsync(new JsonObject { ["id"] = call.Id }).ConfigureAwait(false);
    }

    /// <summary>The user picks up the business's ringing call: <c>ACCEPTED</c>, then a connect webhook with the user's SDP answer.</summary>
    public static async Task AnswerAsync(HttpContext context)
    {
        var state = context.State();
        var call = Call(context);
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        if (!call.BusinessInitiated || !state.Calls.TryMove(call, static s => s == EmulatedCallState.Ringing, EmulatedCallState.Connected, state.Now))
        {
            throw GraphError.InvalidParameter($"The call {call.Id} is not a ringing business-initiated call.");
        }

        await CallWebhooks.StatusAsync(state, call, "ACCEPTED", context.RequestAborted).ConfigureAwait(false);
        var sdp = JsonRules.OptionalString(body, "sdp", string.Empty) ?? DefaultSdp;
        await CallWebhooks.ConnectAsync(state, call, "answer", sdp, profileName: null, context.RequestAborted).ConfigureAwait(false);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    /// <summary>The user declines the business's ringing call: <c>REJECTED</c>, then a terminate webhook.</summary>
    public static async Task RejectAsync(HttpContext context)
    {
        var state = context.State();
        var call = Call(context);
        if (!call.BusinessInitiated || !state.Calls.TryMove(call, static s => s == EmulatedCallState.Ringing, EmulatedCallState.Ended, state.Now))
        {
            throw GraphError.InvalidParameter($"The call {call.Id} is not a ringing business-initiated call.");
        }

        await CallWebhooks.StatusAsync(state, call, "REJECTED", context.RequestAborted).ConfigureAwait(false);
        await CallWebhooks.TerminateAsync(state, call, context.RequestAborted).ConfigureAwait(false);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    /// <summary>The user hangs up (or gives up ringing): a terminate webhook with the call's duration.</summary>
    public static async Task HangUpAsync(HttpContext context)
    {
        var state = context.State();
        var call = Call(context);
        if (!state.Calls.TryMove(call, static s => s != EmulatedCallState.Ended, EmulatedCallState.Ended, state.Now))
        {
            throw GraphError.InvalidParameter($"The call {call.Id} has already ended.");
        }

        await CallWebhooks.TerminateAsync(state, call, context.RequestAborted).ConfigureAwait(false);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// A user's <c>call_permission_reply</c> (sent through <c>/_emulator/inbound</c>) sets the permission: accepted until its
    /// <c>expiration_timestamp</c> (7 days when absent) or for good when <c>is_permanent</c>, rejected as denied.
    /// </summary>
    public static void ApplyReply(EmulatorState state, string phoneNumberId, string user, JsonObject message)
    {
        if (message["interactive"] is not JsonObject { } interactive || interactive["type"]?.GetValue<string>() != "call_permission_reply"
            || interactive["call_permission_reply"] is not JsonObject reply)
        {
            return;
        }

        var accepted = reply["response"]?.GetValue<string>() == "accept";
        var permanent = reply["is_permanent"] is JsonValue p && p.TryGetValue<bool>(out var isPermanent) && isPermanent;
        DateTimeOffset? expiresAt = permanent ? null
            : reply["expiration_timestamp"] is JsonValue e && e.TryGetValue<long>(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : state.Now + CallingState.TemporaryPermission;
        state.Calls.SetPermission(phoneNumberId, user, accepted, accepted ? expiresAt : null);
    }

    private static EmulatedCall Call(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["call"]!;
        return context.State().Calls.Find(id) ?? throw GraphError.InvalidParameter($"There is no call {id}.");
    }

    private static string User(string user) => char.IsAsciiLetter(user[0]) ? user : Ids.Digits(user);

    private static PhoneNumberState Number(EmulatorState state, string? phoneNumberId) =>
        phoneNumberId is null
            ? state.PhoneNumbers[state.Options.PhoneNumbers[0].Id]
            : state.PhoneNumbers.GetValueOrDefault(phoneNumberId) ?? throw GraphError.UnknownObject(phoneNumberId);
}
