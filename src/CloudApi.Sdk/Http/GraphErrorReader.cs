using System.Globalization;
using System.Text;
using System.Text.Json;
using CloudApi.Sdk.Errors.Wire;
using CloudApi.Sdk.Serialization;

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

            var raw = error.Clone();
            var wire = raw.Deserialize(WhatsAppJsonContext.Default.GraphErrorWire);
            return wire is null ? null : Map(wire, raw);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GraphError Map(GraphErrorWire wire, JsonElement raw)
    {
        var data = wire.ErrorData ?? default;
        return new GraphError(
            code: Int(wire.Code) ?? -1,
            subcode: Int(wire.ErrorSubcode),
            type: wire.Type,
            message: wire.Message,
            userTitle: wire.ErrorUserTitle,
            userMessage: wire.ErrorUserMsg,
            details: Details(data),
            messagingProduct: data.ValueKind == JsonValueKind.Object ? String(data, "messaging_product"u8) : null,
            errorData: data.ValueKind == JsonValueKind.Null ? default : data,
            fbTraceId: wire.FbtraceId,
            isTransientFlag: wire.IsTransient is { ValueKind: JsonValueKind.True or JsonValueKind.False } transient ? transient.GetBoolean() : null,
            rawJson: raw);
    }

    private static string? Details(JsonElement data) => data.ValueKind switch
    {
        JsonValueKind.String => data.GetString(),
        JsonValueKind.Object => String(data, "details"u8) ?? data.GetRawText(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => data.GetRawText(),
    };

    private static string? String(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        } : null;

    private static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

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
