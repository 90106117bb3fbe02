using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Parsing;

/// <summary>
/// Reads a webhook body in one forward pass with <see cref="Utf8JsonReader"/>: only the values the events need are
/// materialized. A change's <c>value</c> met before its <c>field</c> is read as a <c>messages</c> value (the hot
/// path) and, if the field turns out to be another, read again from its bytes.
/// </summary>
internal static class WebhookReader
{
    public static WebhookNotification Read(ReadOnlySpan<byte> body)
    {
        try
        {
            return ReadEnvelope(body);
        }
        catch (JsonException e)
        {
            throw new WebhookPayloadException($"The webhook body is not valid JSON: {e.Message}", e) { BytePosition = e.BytePositionInLine };
        }
        catch (InvalidOperationException e)
        {
            // Invalid UTF-8 inside a string, or a value of an unexpected form the reader refuses to convert.
            throw new WebhookPayloadException($"The webhook body could not be read: {e.Message}", e);
        }
    }

    private static WebhookNotification ReadEnvelope(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            // Reading the rest surfaces a syntax error first, if there is one.
            while (reader.Read())
            {
            }

            throw new WebhookPayloadException("The webhook body is not a JSON object.");
        }

        var objectName = string.Empty;
        var events = new List<WebhookEvent>();
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("object"u8))
            {
                objectName = ObjectName(ref reader);
            }
            else if (reader.ValueTextEquals("entry"u8))
            {
                if (JsonRead.StartArray(ref reader))
                {
                    while (JsonRead.NextObject(ref reader))
                    {
                        ReadEntry(ref reader, body, events);
                    }
                }
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        // Anything but white space after the object is an error (the reader throws).
        reader.Read();
        return new WebhookNotification { ObjectType = objectName, Events = events };
    }

    private static string ObjectName(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("whatsapp_business_account"u8))
        {
            return "whatsapp_business_account";
        }

        reader.Skip();
        return reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
    }

    private static void ReadEntry(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, List<WebhookEvent> events)
    {
        var first = events.Count;
        string? id = null;
        DateTimeOffset? time = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("time"u8))
            {
                time = JsonRead.Timestamp(ref reader);
            }
            else if (reader.ValueTextEquals("changes"u8))
            {
                if (JsonRead.StartArray(ref reader))
                {
                    while (JsonRead.NextObject(ref reader))
                    {
                        ReadChange(ref reader, body, events);
                    }
                }
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        for (var i = first; i < events.Count; i++)
        {
            events[i].AttachEntry(id ?? string.Empty, time);
        }
    }

    private static void ReadChange(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, List<WebhookEvent> events)
    {
        var first = events.Count;
        string? field = null;
        int valueStart = -1, valueEnd = -1;
        var readAsMessages = false;
        WebhookMetadata? metadata = null;
        IReadOnlyList<WebhookContact> contacts = [];
        WebhookEvent? other = null;

        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("field"u8))
            {
                field = FieldName(ref reader);
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                valueStart = (int)reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.StartObject && (field is null || IsMessagesShaped(field)))
                {
                    MessagesValueReader.Read(ref reader, body, events, out metadata, out contacts);
                    readAsMessages = true;
                }
                else if (reader.TokenType == JsonTokenType.StartObject && field is not null)
                {
                    other = FieldValueReader.Read(field, ref reader);
                }
                else
                {
                    reader.Skip();
                }

                valueEnd = (int)reader.BytesConsumed;
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        field ??= string.Empty;
        if (valueStart < 0)
        {
            // A change without a value: keep it, so nothing Meta sent is lost silently.
            events.Add(new UnknownWebhookEvent { ValueJson = "null" });
        }
        else if (readAsMessages && IsMessagesShaped(field))
        {
            // Events were added as read.
        }
        else
        {
            if (readAsMessages)
            {
                events.RemoveRange(first, events.Count - first);
                metadata = null;
                contacts = [];
            }

            var value = body[valueStart..valueEnd];
            if (other is null && value[0] == (byte)'{' && FieldValueReader.Knows(field))
            {
                var again = new Utf8JsonReader(value);
                again.Read();
                other = FieldValueReader.Read(field, ref again);
            }

            events.Add(other ?? new UnknownWebhookEvent { ValueJson = Encoding.UTF8.GetString(value) });
        }

        for (var i = first; i < events.Count; i++)
        {
            events[i].AttachChange(field, metadata, contacts);
        }
    }

    /// <summary>Fields whose value has the <c>messages</c> shape (metadata, contacts, items).</summary>
    private static bool IsMessagesShaped(string field) =>
        ReferenceEquals(field, WebhookFields.Messages) || ReferenceEquals(field, WebhookFields.UserPreferences);

    /// <summary>The field name, as the shared constant when known (so comparisons are by reference).</summary>
    private static string FieldName(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return string.Empty;
        }

        return reader.ValueTextEquals("messages"u8) ? WebhookFields.Messages
            : reader.ValueTextEquals("user_preferences"u8) ? WebhookFields.UserPreferences
            : reader.ValueTextEquals("message_template_status_update"u8) ? WebhookFields.TemplateStatusUpdate
            : reader.ValueTextEquals("message_template_quality_update"u8) ? WebhookFields.TemplateQualityUpdate
            : reader.ValueTextEquals("template_category_update"u8) ? WebhookFields.TemplateCategoryUpdate
            : reader.ValueTextEquals("phone_number_quality_update"u8) ? WebhookFields.PhoneNumberQualityUpdate
            : reader.ValueTextEquals("phone_number_name_update"u8) ? WebhookFields.PhoneNumberNameUpdate
            : reader.ValueTextEquals("account_update"u8) ? WebhookFields.AccountUpdate
            : reader.ValueTextEquals("account_alerts"u8) ? WebhookFields.AccountAlerts
            : reader.ValueTextEquals("security"u8) ? WebhookFields.Security
            : reader.ValueTextEquals("business_capability_update"u8) ? WebhookFields.BusinessCapabilityUpdate
            : reader.GetString()!;
    }
}
