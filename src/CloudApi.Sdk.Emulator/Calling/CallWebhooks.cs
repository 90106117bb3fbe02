using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Webhooks;

namespace CloudApi.Sdk.Emulator.Calling;

/// <summary>Queues the <c>calls</c>-field webhooks of a call: connect (with the SDP), status (business-initiated calls), terminate.</summary>
internal static class CallWebhooks
{
    public static ValueTask ConnectAsync(EmulatorState state, EmulatedCall call, string sdpType, string sdp, string? profileName, CancellationToken cancellationToken)
    {
        var item = Item(state, call, "connect");
        item["session"] = new JsonObject { ["sdp_type"] = sdpType, ["sdp"] = sdp };
        var value = new JsonObject { ["calls"] = new JsonArray(item) };
        if (!call.BusinessInitiated)
        {
            value["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = profileName ?? call.User }, ["wa_id"] = call.User });
        }

        return EnqueueAsync(state, call, value, cancellationToken);
    }

    /// <summary>A status of a business-initiated call: <c>RINGING</c>, <c>ACCEPTED</c> or <c>REJECTED</c>.</summary>
    public static ValueTask StatusAsync(EmulatorState state, EmulatedCall call, string status, CancellationToken cancellationToken)
    {
        var item = new JsonObject
        {
            ["id"] = call.Id,
            ["timestamp"] = WebhookPayloads.Unix(state.Now),
            ["type"] = "call",
            ["status"] = status,
            ["recipient_id"] = call.User,
        };
        if (call.BizOpaqueCallbackData is not null)
        {
            item["biz_opaque_callback_data"] = call.BizOpaqueCallbackData;
        }

        return EnqueueAsync(state, call, new JsonObject { ["statuses"] = new JsonArray(item) }, cancellationToken);
    }

    /// <summary>The end of a call: <c>COMPLETED</c> with its times and duration if it connected, else <c>FAILED</c>.</summary>
    public static ValueTask TerminateAsync(EmulatorState state, EmulatedCall call, CancellationToken cancellationToken)
    {
        var now = state.Now;
        var item = Item(state, call, "terminate");
        if (call.ConnectedAt is { } start)
        {
            item["status"] = "COMPLETED";
            item["start_time"] = WebhookPayloads.Unix(start);
            item["end_time"] = WebhookPayloads.Unix(now);
            item["duration"] = (long)(now - start).TotalSeconds;
        }
        else
        {
            item["status"] = "FAILED";
            item["end_time"] = WebhookPayloads.Unix(now);
        }

        return EnqueueAsync(state, call, new JsonObject { ["calls"] = new JsonArray(item) }, cancellationToken);
    }

    private static JsonObject Item(EmulatorState state, EmulatedCall call, string callEvent)
    {
        var business = state.PhoneNumbers[call.PhoneNumberId].DisplayDigits;
        var item = new JsonObject
        {
            ["id"] = call.Id,
            ["to"] = call.BusinessInitiated ? call.User : business,
            ["from"] = call.BusinessInitiated ? business : call.User,
            ["event"] = callEvent,
            ["timestamp"] = WebhookPayloads.Unix(state.Now),
            ["direction"] = call.Direction,
        };
        if (call.BizOpaqueCallbackData is not null)
        {
            item["biz_opaque_callback_data"] = call.BizOpaqueCallbackData;
        }

        return item;
    }

    private static ValueTask EnqueueAsync(EmulatorState state, EmulatedCall call, JsonObject value, CancellationToken cancellationToken) =>
        state.Webhooks.EnqueueAsync(WebhookPayloads.Change(state.PhoneNumbers[call.PhoneNumberId], "calls", value, state.Now), cancellationToken);
}
