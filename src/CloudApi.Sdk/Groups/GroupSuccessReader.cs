using System.Text.Json;

namespace CloudApi.Sdk.Groups;

/// <summary>
/// Reads the answers Meta's spec gives as <c>{"success":true}</c>, <c>{"success":"true"}</c> (deleting an invite link) or
/// no schema at all (a settings update): any 2xx body is a success unless it says <c>success</c> is false.
/// </summary>
internal static class GroupSuccessReader
{
    public static bool Read(ReadOnlySpan<byte> body, GraphResponse response)
    {
        if (body.IsEmpty)
        {
            return true;
        }

        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return true;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSuccess = reader.ValueTextEquals("success"u8);
            reader.Read();
            if (isSuccess && (reader.TokenType == JsonTokenType.False || (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("false"u8))))
            {
                throw new WhatsAppException($"The Graph API answered HTTP {response.StatusCode} with \"success\": false.");
            }

            reader.Skip();
        }

        return true;
    }
}
