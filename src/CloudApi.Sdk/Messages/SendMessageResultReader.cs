using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// Reads the send answer <c>{"messaging_product":"whatsapp","contacts":[{"input","wa_id"}],"messages":[{"id","message_status"}]}</c>,
/// materializing only the four values the result needs.
/// </summary>
/// <remarks>
/// The Graph API writes this answer in one compact form, byte for byte. That form is matched first, without a
/// tokenizer (a quarter of the cost): any other spelling (whitespace, another order, escapes, non-ASCII, more
/// fields) falls back to a forward-only <see cref="Utf8JsonReader"/>, so the result never depends on which path read it.
/// </remarks>
internal static class SendMessageResultReader
{
    public static SendMessageResult Read(ReadOnlySpan<byte> body) =>
        CanonicalSendAnswer.TryRead(body, out var result) ? result : ReadAnyForm(body);

    internal static SendMessageResult ReadAnyForm(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        string? id = null, waId = null, input = null, status = null;
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("contacts"u8))
            {
                ReadFirstObject(ref reader, ref input, "input"u8, ref waId, "wa_id"u8);
            }
            else if (reader.ValueTextEquals("messages"u8))
            {
                ReadFirstObject(ref reader, ref id, "id"u8, ref status, "message_status"u8);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("The send answer is not one JSON object.");
        }

        if (id is null)
        {
            throw new JsonException("The send answer has no messages[0].id.");
        }

        return new SendMessageResult(id, waId, input, status is null ? (MessageStatus?)null : Status(status));
    }

    internal static MessageStatus Status(string status) =>
        ReferenceEquals(status, "accepted") ? MessageStatus.Accepted : new MessageStatus(status);

    /// <summary>Reads the first object of an array, taking two string properties; skips the rest of the array.</summary>
    private static void ReadFirstObject(ref Utf8JsonReader reader, ref string? first, ReadOnlySpan<byte> firstName, ref string? second, ReadOnlySpan<byte> secondName)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index++ > 0 || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(firstName))
                {
                    reader.Read();
                    first = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals(secondName))
                {
                    reader.Read();
                    second = ReadString(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
    }

    /// <summary>Reads a string value; the usual status comes back as a literal, so the common answer allocates one string less.</summary>
    private static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String when reader.ValueTextEquals("accepted"u8) => "accepted",
        JsonTokenType.String => reader.GetString(),
        _ => null,
    };

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} in the send answer.");
        }
    }
}
