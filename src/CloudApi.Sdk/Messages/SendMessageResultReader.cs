using System.Text;
using System.Text.Json;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The one parser of the send answer <c>{"messaging_product":"whatsapp","contacts":[{"input","wa_id"}],"messages":[{"id","message_status"}]}</c>
/// (<c>user_id</c> instead of <c>wa_id</c> for a send by BSUID, <c>group_id</c> for a group send): it materializes only
/// the values the result needs and keeps the bytes, which are parsed only when <see cref="GraphResult.RawJson"/> is read.
/// </summary>
/// <remarks>
/// The Graph API writes this answer in one compact form, byte for byte. That form is matched first, without a
/// tokenizer (a quarter of the cost; the send path has a benchmark target): any other spelling (whitespace, another
/// order, escapes, non-ASCII, more fields) is read with a forward-only <see cref="Utf8JsonReader"/>, so the result never
/// depends on which path read it. The client calls only <see cref="Read"/>; the tests compare the two paths.
/// </remarks>
internal static class SendMessageResultReader
{
    public static SendMessageResult Read(ReadOnlySpan<byte> body, GraphResponse response)
    {
        var answer = TryReadCanonical(body, out var canonical) ? canonical : ReadAnyForm(body);
        return new SendMessageResult(answer, GraphSource.FromBody(body, response));
    }

    /// <summary>
    /// Matches the exact compact form (with <c>wa_id</c>, or <c>user_id</c> for a send by BSUID) with printable-ASCII
    /// values free of escapes; declines anything else.
    /// </summary>
    internal static bool TryReadCanonical(ReadOnlySpan<byte> body, out SendAnswer answer)
    {
        answer = default;
        if (!Literal(ref body, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\""u8) ||
            !Value(ref body, out var input))
        {
            return false;
        }

        var byUserId = !Literal(ref body, "\",\"wa_id\":\""u8);
        if ((byUserId && !Literal(ref body, "\",\"user_id\":\""u8)) ||
            !Value(ref body, out var contactId) ||
            !Literal(ref body, "\"}],\"messages\":[{\"id\":\""u8) ||
            !Value(ref body, out var id))
        {
            return false;
        }

        MessageStatus? status = null;
        if (Literal(ref body, "\",\"message_status\":\""u8))
        {
            if (!Value(ref body, out var statusBytes))
            {
                return false;
            }

            status = statusBytes.SequenceEqual("accepted"u8) ? MessageStatus.Accepted : new MessageStatus(Ascii(statusBytes));
        }

        if (!body.SequenceEqual("\"}]}"u8))
        {
            return false;
        }

        answer = byUserId
            ? new SendAnswer(Ascii(id), null, Ascii(input), status, UserId: Ascii(contactId))
            : new SendAnswer(Ascii(id), Ascii(contactId), Ascii(input), status);
        return true;
    }

    /// <summary>Reads the answer in any valid JSON spelling; only the first contact and the first message count.</summary>
    internal static SendAnswer ReadAnyForm(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        string? id = null, status = null, topGroupId = null;
        var contact = default(Contact);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The send answer is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("contacts"u8))
            {
                ReadFirstContact(ref reader, ref contact);
            }
            else if (reader.ValueTextEquals("group_id"u8))
            {
                reader.Read();
                topGroupId = ReadString(ref reader);
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

        var messageStatus = status is null ? (MessageStatus?)null : ReferenceEquals(status, "accepted") ? MessageStatus.Accepted : new MessageStatus(status);
        return new SendAnswer(id, contact.WaId, contact.Input, messageStatus, contact.UserId, contact.GroupId ?? topGroupId);
    }

    /// <summary>Reads the first contact's ids; skips the rest of the array.</summary>
    private static void ReadFirstContact(ref Utf8JsonReader reader, ref Contact contact)
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
                var field = reader.ValueTextEquals("input"u8) ? 1
                    : reader.ValueTextEquals("wa_id"u8) ? 2
                    : reader.ValueTextEquals("user_id"u8) ? 3
                    : reader.ValueTextEquals("group_id"u8) ? 4
                    : 0;
                reader.Read();
                var value = field == 0 ? null : ReadString(ref reader);
                reader.Skip();
                switch (field)
                {
                    case 1: contact.Input = value; break;
                    case 2: contact.WaId = value; break;
                    case 3: contact.UserId = value; break;
                    case 4: contact.GroupId = value; break;
                }
            }
        }
    }

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

    /// <summary>The ids of <c>contacts[0]</c>.</summary>
    private struct Contact
    {
        public string? Input;
        public string? WaId;
        public string? UserId;
        public string? GroupId;
    }

    private static bool Literal(ref ReadOnlySpan<byte> body, ReadOnlySpan<byte> literal)
    {
        if (!body.StartsWith(literal))
        {
            return false;
        }

        body = body[literal.Length..];
        return true;
    }

    /// <summary>Takes a string value up to (not including) its closing quote; declines escapes, control characters and non-ASCII.</summary>
    private static bool Value(ref ReadOnlySpan<byte> body, out ReadOnlySpan<byte> value)
    {
        var end = body.IndexOf((byte)'"');
        value = end < 0 ? default : body[..end];
        if (end <= 0 || value.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0 || value.Contains((byte)'\\'))
        {
            return false;
        }

        body = body[end..];
        return true;
    }

    private static string Ascii(ReadOnlySpan<byte> value) => Encoding.ASCII.GetString(value);
}
