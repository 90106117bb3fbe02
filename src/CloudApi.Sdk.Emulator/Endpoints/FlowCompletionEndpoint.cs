using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using CloudApi.Sdk.Emulator.Webhooks;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// <c>POST /_emulator/flows/complete</c> <c>{"message_id":"wamid...","response":{...}}</c> (or <c>"flow_token"</c> instead
/// of <c>message_id</c>): the user who received a flow message completes the flow. The business gets the
/// <c>nfm_reply</c> messages webhook WhatsApp sends, replying to the flow message, with the response and the flow token.
/// </summary>
internal static class FlowCompletionEndpoint
{
    public static async Task CompleteAsync(HttpContext context)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var messageId = JsonRules.OptionalString(body, "message_id", string.Empty, allowEmpty: false);
        var token = JsonRules.OptionalString(body, "flow_token", string.Empty, allowEmpty: false);
        if ((messageId is null) == (token is null))
        {
            throw GraphError.InvalidParameter("Give one of message_id or flow_token: the flow message the user completes.");
        }

        var (message, parameters) = messageId is not null ? ById(state, messageId) : ByToken(state, token!);
        CheckFlow(state, message, parameters);
        var flowToken = parameters["flow_token"]?.GetValue<string>() ?? "unused";
        var response = JsonRules.OptionalObject(body, "response", string.Empty) is { } data ? (JsonObject)data.DeepClone() : [];
        response["flow_token"] = flowToken;

        var number = state.PhoneNumbers[message.PhoneNumberId];
        var reply = new JsonObject
        {
            ["context"] = new JsonObject { ["from"] = number.DisplayDigits, ["id"] = message.Id },
            ["type"] = "interactive",
            ["interactive"] = new JsonObject
            {
                ["type"] = "nfm_reply",
                ["nfm_reply"] = new JsonObject { ["name"] = "flow", ["body"] = "Sent", ["response_json"] = JsonText.Write(response) },
            },
        };
        var id = await InboundSimulator.ReceiveAsync(
            state,
            message.Recipient,
            reply,
            message.PhoneNumberId,
            JsonRules.OptionalString(body, "name", string.Empty),
            context.RequestAborted).ConfigureAwait(false);
        await context.WriteJsonAsync(new JsonObject { ["id"] = id, ["flow_token"] = flowToken }).ConfigureAwait(false);
    }

    private static (EmulatedMessage Message, JsonObject Parameters) ById(EmulatorState state, string id)
    {
        var message = state.Messages.Find(id) ?? throw GraphError.InvalidParameter($"No message {id} was sent.");
        return FlowParameters(message) is { } parameters
            ? (message, parameters)
            : throw GraphError.InvalidParameter($"Message {id} is not a flow message (interactive type flow).");
    }

    private static (EmulatedMessage Message, JsonObject Parameters) ByToken(EmulatorState state, string token)
    {
        foreach (var message in state.Messages.Snapshot().Reverse())
        {
            if (FlowParameters(message) is { } parameters && parameters["flow_token"]?.GetValue<string>() == token)
            {
                return (message, parameters);
            }
        }

        throw GraphError.InvalidParameter($"No flow message was sent with flow_token '{token}'.");
    }

    /// <summary>The <c>action.parameters</c> of an interactive flow message, or <see langword="null"/> for any other message.</summary>
    private static JsonObject? FlowParameters(EmulatedMessage message)
    {
        if (message.Type != "interactive")
        {
            return null;
        }

        var interactive = JsonNode.Parse(message.Body)?["interactive"];
        return interactive?["type"]?.GetValue<string>() == "flow" ? interactive["action"]?["parameters"] as JsonObject : null;
    }

    /// <summary>A flow the emulator knows must be openable: not deprecated, and a draft only from a message in draft mode.</summary>
    private static void CheckFlow(EmulatorState state, EmulatedMessage message, JsonObject parameters)
    {
        var waba = state.PhoneNumbers[message.PhoneNumberId].BusinessAccountId;
        var flow = parameters["flow_id"] is { } id
            ? state.Flows.Find(id.ToString())
            : parameters["flow_name"]?.GetValue<string>() is { } name ? state.Flows.FindByName(waba, name) : null;
        if (flow is null)
        {
            return;
        }

        if (flow.Status is "DEPRECATED" or "BLOCKED")
        {
            throw FlowError.Publishing($"Flow {flow.Id} is {flow.Status}: the user cannot open it.");
        }

        if (flow.Status == "DRAFT" && parameters["mode"]?.ToString() != "draft")
        {
            throw GraphError.InvalidParameter($"Flow {flow.Id} is a DRAFT: only a message sent with \"mode\":\"draft\" can open it.");
        }
    }
}
