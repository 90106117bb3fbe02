using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Parsing;

/// <summary>Reads the value of a <c>messages</c> (or <c>user_preferences</c>) change: metadata, contacts and its items.</summary>
internal static class MessagesValueReader
{
    public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, List<WebhookEvent> events,
        out WebhookMetadata? metadata, out IReadOnlyList<WebhookContact> contacts)
    {
        metadata = null;
        contacts = [];
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("messages"u8))
            {
                if (JsonRead.StartArray(ref reader))
                {
                    while (JsonRead.NextObject(ref reader))
                    {
                        events.Add(MessageReader.Read(ref reader, body));
                    }
                }
            }
            else if (reader.ValueTextEquals("statuses"u8))
            {
                if (JsonRead.StartArray(ref reader))
                {
                    while (JsonRead.NextObject(ref reader))
                    {
                        events.Add(StatusReader.Read(ref reader));
                    }
                }
            }
            else if (reader.ValueTextEquals("metadata"u8))
            {
                metadata = ReadMetadata(ref reader);
            }
            else if (reader.ValueTextEquals("contacts"u8))
            {
                contacts = ReadContacts(ref reader) ?? (IReadOnlyList<WebhookContact>)[];
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                var errors = ReadErrors(ref reader);
                if (errors.Count > 0)
                {
                    events.Add(new WebhookErrorsReceived { Errors = errors });
                }
            }
            else if (reader.ValueTextEquals("user_preferences"u8))
            {
                if (JsonRead.StartArray(ref reader))
                {
                    while (JsonRead.NextObject(ref reader))
                    {
                        events.Add(ReadUserPreference(ref reader));
                    }
                }
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }
    }

    /// <summary>Reads an <c>errors</c> array (the reader is on its property name).</summary>
    public static IReadOnlyList<WebhookError> ReadErrors(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartArray(ref reader))
        {
            return [];
        }

        List<WebhookError>? errors = null;
        while (JsonRead.NextObject(ref reader))
        {
            long code = 0;
            string? title = null, message = null, details = null, href = null;
            while (JsonRead.NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("code"u8))
                {
                    code = JsonRead.Int64(ref reader) ?? 0;
                }
                else if (reader.ValueTextEquals("title"u8))
                {
                    title = JsonRead.String(ref reader);
                }
                else if (reader.ValueTextEquals("message"u8))
                {
                    message = JsonRead.String(ref reader);
                }
                else if (reader.ValueTextEquals("href"u8))
                {
                    href = JsonRead.String(ref reader);
                }
                else if (reader.ValueTextEquals("error_data"u8))
                {
                    details = ReadErrorDetails(ref reader);
                }
                else
                {
                    JsonRead.SkipValue(ref reader);
                }
            }

            (errors ??= []).Add(new WebhookError(code is >= int.MinValue and <= int.MaxValue ? (int)code : 0, title, message, details, href));
        }

        return errors ?? (IReadOnlyList<WebhookError>)[];
    }

    private static string? ReadErrorDetails(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? details = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("details"u8))
            {
                details = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return details;
    }

    private static WebhookMetadata? ReadMetadata(ref Utf8JsonReader reader) =>
        JsonRead.StringPair(ref reader, "display_phone_number"u8, "phone_number_id"u8, out var display, out var id)
            ? new WebhookMetadata(display, id)
            : null;

    private static List<WebhookContact>? ReadContacts(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartArray(ref reader))
        {
            return null;
        }

        List<WebhookContact>? contacts = null;
        while (JsonRead.NextObject(ref reader))
        {
            string? waId = null, userId = null, parentUserId = null, name = null, username = null, keyHash = null;
            while (JsonRead.NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("wa_id"u8))
                {
                    waId = JsonRead.String(ref reader);
                }
                else if (reader.ValueTextEquals("profile"u8))
                {
                    JsonRead.StringPair(ref reader, "name"u8, "username"u8, out name, out username);
                }
                else if (reader.ValueTextEquals("user_id"u8))
                {
                    userId = JsonRead.String(ref reader);
                }
                else if (reader.ValueTextEquals("parent_user_id"u8))
                {
                    parentUserId = JsonRead.String(ref reader);
                }
                else if (reader.ValueTextEquals("identity_key_hash"u8))
                {
                    keyHash = JsonRead.String(ref reader);
                }
                else
                {
                    JsonRead.SkipValue(ref reader);
                }
            }

            (contacts ??= []).Add(new WebhookContact
            {
                WaId = waId,
                UserId = userId,
                ParentUserId = parentUserId,
                Name = name,
                Username = username,
                IdentityKeyHash = keyHash,
            });
        }

        return contacts;
    }

    private static UserPreferenceUpdate ReadUserPreference(ref Utf8JsonReader reader)
    {
        string? waId = null, detail = null, category = null, value = null;
        DateTimeOffset? timestamp = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("wa_id"u8))
            {
                waId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("detail"u8))
            {
                detail = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("category"u8))
            {
                category = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                value = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("timestamp"u8))
            {
                timestamp = JsonRead.Timestamp(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new UserPreferenceUpdate { WaId = waId, Detail = detail, Category = category, Value = value, Timestamp = timestamp };
    }
}
