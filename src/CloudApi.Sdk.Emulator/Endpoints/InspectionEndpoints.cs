using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>The token-free <c>/_emulator/*</c> endpoints: stats, accepted messages and reset.</summary>
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

    public static Task ResetAsync(HttpContext context)
    {
        context.State().Reset();
        return context.WriteSuccessAsync();
    }
}
