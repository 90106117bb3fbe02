using System.Text.Json;

namespace CloudApi.Sdk.Http;

/// <summary>Reads Graph's <c>{"success":true}</c> answer; <c>false</c> is an error.</summary>
internal static class SuccessReader
{
    public static bool Read(ReadOnlySpan<byte> body, GraphResponse response) => Read(body);

    public static bool Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("success"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.True)
                    {
                        return true;
                    }

                    break;
                }

                reader.Read();
                reader.Skip();
            }
        }

        throw new WhatsAppException("The Graph API did not confirm the call with {\"success\":true}.");
    }
}
