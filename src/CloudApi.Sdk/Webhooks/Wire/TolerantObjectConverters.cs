using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>
/// Reads an array of envelope objects (<c>entry</c>, <c>changes</c>) element by element with the element's
/// source-generated converter, on the same reader (so positions stay those of the whole body); elements that are not
/// objects are skipped, and a value that is not an array reads as <see langword="null"/>.
/// </summary>
/// <typeparam name="T">The element's wire type.</typeparam>
internal sealed class TolerantItemListConverter<T> : JsonConverter<List<T>>
    where T : class
{
    private JsonConverter<T>? _converter;

    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var converter = _converter ??= WireItems.ConverterOf<T>(options);
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
            }
            else if (WireItems.TryRead(ref reader, converter, options) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Webhook wire types are read only.");
}

internal static class WireItems
{
    public static JsonConverter<T> ConverterOf<T>(JsonSerializerOptions options) =>
        (JsonConverter<T>)((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T))).Converter;

    /// <summary>
    /// Reads the object the reader is on; when it holds a value the wire type cannot take, skips it and answers
    /// <see langword="null"/>. A syntax error still throws (skipping meets it again), so a malformed body is reported.
    /// </summary>
    public static T? TryRead<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        var attempt = reader;
        try
        {
            var value = converter.Read(ref attempt, typeof(T), options);
            reader = attempt;
            return value;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a built-in converter met a token of another type.
            reader.Skip();
            return null;
        }
    }
}
