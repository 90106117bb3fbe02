using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Serialization;

/// <summary>A string-backed value type (status, category, quality, ...) that keeps whatever string Meta sends.</summary>
internal interface IStringValue<TSelf>
    where TSelf : struct, IStringValue<TSelf>
{
    static abstract TSelf FromString(string value);

    string Value { get; }
}

/// <summary>Reads and writes a string-backed value as a JSON string; an unknown value is kept as it came.</summary>
internal sealed class StringValueConverter<T> : JsonConverter<T>
    where T : struct, IStringValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? T.FromString(reader.GetString()!)
            : throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
