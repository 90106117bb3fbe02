using System.Globalization;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Validation;
using CloudApi.Sdk.Emulator.Webhooks;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>The token-free <c>/_emulator/*</c> endpoints: stats, accepted messages, simulated inbound messages and reset.</summary>
internal static class InspectionEndpoints
{
    public static Task StatsAsync(HttpContext context) => context.WriteJsonAsync(StatsJson.Write(context.State().Stats.Snapshot()));

    public static Task MessagesAsync(HttpContext context)
    {
        var messages = new JsonArray();
        foreach (var message in context.State().Messages.Snapshot())
        {
            var item = new JsonObject
            {
                ["id"] = message.Id,
                ["phone_number_id"] = message.PhoneNumberId,
                ["to"] = message.To,
                ["wa_id"] = message.Recipient,
                ["type"] = message.Type,
                ["timestamp"] = message.AcceptedAt.ToString("O", CultureInfo.InvariantCulture),
                ["body"] = JsonNode.Parse(message.Body),
            };
            if (message.BizOpaqueCallbackData is not null)
            {
                item["biz_opaque_callback_data"] = message.BizOpaqueCallbackData;
            }

            messages.Add(item);
        }

        return context.WriteJsonAsync(new JsonObject { ["data"] = messages });
    }

    /// <summary>
    /// <c>POST /_emulator/inbound</c>: what the business would receive from Meta.
    /// <list type="bullet">
    /// <item>A user's message: <c>{"from":"+1650...","text":"hi","phone_number_id":"...","name":"Ana"}</c> (<c>from</c> may be
    /// a business-scoped user id, or be left out when <c>user_id</c> is given: a user without a known number), or with
    /// <c>"message":{"type":"image","image":{...}}</c> instead of <c>text</c> for any other inbound type (edit, revoke,
    /// interactive replies, order, system, ...); <c>user_id</c>, <c>parent_user_id</c>, <c>username</c> and
    /// <c>group_id</c> describe the sender and the group written in. Answers the message id.</item>
    /// <item>Any other change: <c>{"field":"calls","value":{"calls":[...]}}</c> (calls, the four group fields, history,
    /// smb_message_echoes, smb_app_state_sync, flows, account and template fields, ...), delivered as given; list-shaped
    /// values get the number's <c>metadata</c> when they lack it.</item>
    /// </list>
    /// </summary>
    public static async Task InboundAsync(HttpContext context)
    {
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var phoneNumberId = JsonRules.OptionalString(body, "phone_number_id", string.Empty);
        if (JsonRules.OptionalString(body, "field", string.Empty) is { } field)
        {
            var value = JsonRules.RequireObject(body, "value", string.Empty);
            await InboundSimulator.ReceiveChangeAsync(context.State(), field, (JsonObject)value.DeepClone(), phoneNumberId, context.RequestAborted).ConfigureAwait(false);
            await context.WriteSuccessAsync().ConfigureAwait(false);
            return;
        }

        var from = JsonRules.OptionalString(body, "from", string.Empty) ?? JsonRules.RequireString(body, "user_id", string.Empty);
        JsonObject message;
        if (JsonRules.OptionalObject(body, "message", string.Empty) is { } custom)
        {
            message = (JsonObject)custom.DeepClone();
        }
        else
        {
            var text = JsonRules.RequireString(body, "text", string.Empty);
            message = new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["body"] = text } };
        }

        var sender = new InboundSender(
            from,
            JsonRules.OptionalString(body, "name", string.Empty),
            JsonRules.OptionalString(body, "user_id", string.Empty),
            JsonRules.OptionalString(body, "parent_user_id", string.Empty),
            JsonRules.OptionalString(body, "username", string.Empty),
            JsonRules.OptionalString(body, "group_id", string.Empty));
        var id = await InboundSimulator.ReceiveAsync(context.State(), sender, message, phoneNumberId, context.RequestAborted).ConfigureAwait(false);
        await context.WriteJsonAsync(new JsonObject { ["id"] = id }).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>POST /_emulator/reset</c>; the optional body <c>{"templates":true,"media":true}</c> (or the same as query
    /// parameters) also deletes the stored templates and the uploaded media.
    /// </summary>
    public static async Task ResetAsync(HttpContext context)
    {
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        context.State().Reset(Flag(context, body, "templates"), Flag(context, body, "media"));
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    private static bool Flag(HttpContext context, JsonObject body, string name)
    {
        var text = body[name] switch
        {
            null => context.Request.Query[name].ToString(),
            JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            _ => throw GraphError.InvalidParameter($"Param {name} must be true or false."),
        };
        return text.Length switch
        {
            0 => false,
            _ when bool.TryParse(text, out var flag) => flag,
            _ => throw GraphError.InvalidParameter($"Param {name} must be true or false."),
        };
    }
}
