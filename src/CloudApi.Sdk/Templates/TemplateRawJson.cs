using System.Text.Json;

namespace CloudApi.Sdk.Templates;

/// <summary>Parses the JSON a user gives a raw component or button.</summary>
internal static class TemplateRawJson
{
    public static JsonElement ParseObject(string? json, string field)
    {
        Validate.NotEmpty(json, field);
        try
        {
            using var document = JsonDocument.Parse(json!);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new WhatsAppValidationException(field, $"A raw item of {field} must be a JSON object; got {document.RootElement.ValueKind}.");
            }

            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new WhatsAppValidationException(field, $"A raw item of {field} is not valid JSON: {e.Message}");
        }
    }
}
