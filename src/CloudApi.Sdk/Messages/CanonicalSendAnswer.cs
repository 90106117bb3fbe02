using System.Text;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// Matches the send answer in the exact compact form the Graph API writes,
/// <c>{"messaging_product":"whatsapp","contacts":[{"input":"…","wa_id":"…"}],"messages":[{"id":"…"[,"message_status":"…"]}]}</c>,
/// with printable-ASCII values free of escapes. Whatever else it meets, it declines, and the caller reads with a tokenizer.
/// </summary>
internal static class CanonicalSendAnswer
{
    public static bool TryRead(ReadOnlySpan<byte> body, out SendMessageResult result)
    {
        result = null!;
        if (!Literal(ref body, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\""u8) ||
            !Value(ref body, out var input) ||
            !Literal(ref body, "\",\"wa_id\":\""u8) ||
            !Value(ref body, out var waId) ||
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

        result = new SendMessageResult(Ascii(id), Ascii(waId), Ascii(input), status);
        return true;
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
