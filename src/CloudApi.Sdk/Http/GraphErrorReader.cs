using System.Net;
using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk.Http;

/// <summary>Turns an error response into a <see cref="WhatsAppApiException"/>, whatever its body holds.</summary>
internal static class GraphErrorReader
{
    private const int SnippetLength = 512;

    public static WhatsAppApiException Read(HttpResponseMessage response, ReadOnlySpan<byte> body, TimeProvider timeProvider)
    {
        var retryAfter = RetryAfter(response, timeProvider);
        var error = TryParse(body);
        string? snippet = null;
        if (error is null && !body.IsEmpty)
        {
            var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, SnippetLength * 4)]);
            snippet = text.Length > SnippetLength ? text[..SnippetLength] : text;
        }

        return new WhatsAppApiException(response.StatusCode, error, retryAfter, snippet);
    }

    /// <summary>Parses Graph's <c>{"error":{...}}</c>; <see langword="null"/> for anything else.</summary>
    public static GraphError? TryParse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object ||
                !document.RootElement.TryGetProperty("error"u8, out var error) ||
                error.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new GraphError(
                Code: Int(error, "code"u8) ?? -1,
                Subcode: Int(error, "error_subcode"u8),
                Type: String(error, "type"u8),
                Message: String(error, "message"u8),
                UserTitle: String(error, "error_user_title"u8),
                UserMessage: String(error, "error_user_msg"u8),
                Details: Details(error),
                FbTraceId: String(error, "fbtrace_id"u8),
                IsTransientFlag: error.TryGetProperty("is_transient"u8, out var transient) && transient.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? transient.GetBoolean()
                    : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Details(JsonElement error)
    {
        if (!error.TryGetProperty("error_data"u8, out var data))
        {
            return null;
        }

        return data.ValueKind switch
        {
            JsonValueKind.String => data.GetString(),
            JsonValueKind.Object => String(data, "details"u8) ?? data.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => data.GetRawText(),
        };
    }

    private static string? String(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        } : null;

    private static int? Int(JsonElement element, ReadOnlySpan<byte> name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), out var number) => number,
            _ => null,
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
