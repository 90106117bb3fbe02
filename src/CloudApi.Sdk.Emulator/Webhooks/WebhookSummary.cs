using System.Text.Json;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>A short description of a webhook body for the log: <c>messages/status read wamid.…</c>, <c>messages/text wamid.… from 1650…</c>.</summary>
internal static class WebhookSummary
{
    public static string Describe(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var change = document.RootElement.GetProperty("entry")[0].GetProperty("changes")[0];
            var field = change.TryGetProperty("field", out var f) ? f.GetString() : "?";
            if (!change.TryGetProperty("value", out var value))
            {
                return field ?? "?";
            }

            if (value.TryGetProperty("statuses", out var statuses) && statuses.GetArrayLength() > 0)
            {
                var status = statuses[0];
                return $"{field}/status {Text(status, "status")} {Text(status, "id")}";
            }

            if (value.TryGetProperty("messages", out var messages) && messages.GetArrayLength() > 0)
            {
                var message = messages[0];
                return $"{field}/{Text(message, "type")} {Text(message, "id")} from {Text(message, "from")}";
            }

            return field ?? "?";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return "(unparsed body)";
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "?";
}
