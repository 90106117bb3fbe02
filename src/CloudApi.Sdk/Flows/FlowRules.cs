using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk.Flows;

/// <summary>The checks the Flows requests share: the endpoint URL, the categories and a Flow JSON's syntax.</summary>
internal static class FlowRules
{
    public static Uri? OptionalEndpoint(Uri? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        Validate.HttpUri(value, field);
        return value.Scheme == Uri.UriSchemeHttps
            ? value
            : throw new WhatsAppValidationException(field, $"{field} '{value}' must be an https URL: WhatsApp calls flow endpoints over TLS only.");
    }

    public static FlowCategory[] Categories(IEnumerable<FlowCategory>? categories, string field)
    {
        if (categories is null)
        {
            throw new WhatsAppValidationException(field, $"{field} is required: at least one category.");
        }

        var copy = categories.ToArray();
        if (copy.Length == 0)
        {
            throw new WhatsAppValidationException(field, $"{field} must hold at least one category.");
        }

        for (var i = 0; i < copy.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(copy[i].Value))
            {
                throw new WhatsAppValidationException($"{field}[{i}]", $"{field}[{i}] is empty.");
            }
        }

        Validate.Unique(copy, c => c.Value.ToUpperInvariant(), field);
        return copy;
    }

    public static string FlowId(string? id, string field = "flowId") =>
        GraphIds.IsValid(id) ? id! : throw new WhatsAppValidationException(field, $"{field} '{id}' is malformed: flow ids are digits only.");

    /// <summary>A Flow JSON given as text: one well-formed JSON object.</summary>
    public static string? OptionalFlowJson(string? json, string field)
    {
        if (json is not null)
        {
            FlowJson(Encoding.UTF8.GetBytes(json), field);
        }

        return json;
    }

    /// <summary>
    /// A Flow JSON given as UTF-8: one well-formed JSON object. Meta's own checks (screens, components, versions) answer
    /// as validation errors of the upload; this only keeps a document that cannot be a Flow JSON in the process.
    /// </summary>
    public static void FlowJson(ReadOnlySpan<byte> utf8Json, string field)
    {
        if (utf8Json.StartsWith("\xEF\xBB\xBF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                throw new WhatsAppValidationException(field, $"{field} is empty: it must be a Flow JSON object.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new WhatsAppValidationException(field, $"{field} must be a JSON object ({{\"version\":...,\"screens\":[...]}}), not a {reader.TokenType}.");
            }

            reader.Skip();
            if (reader.Read())
            {
                throw new WhatsAppValidationException(field, $"{field} holds more than one JSON value.");
            }
        }
        catch (JsonException e)
        {
            // The reader's own message quotes the offending text; keep its position only.
            throw new WhatsAppValidationException(field,
                $"{field} is not well-formed JSON: the error is at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1} of that line.");
        }
    }
}
