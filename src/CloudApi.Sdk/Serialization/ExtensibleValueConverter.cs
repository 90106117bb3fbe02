using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Serialization;

/// <summary>Reads and writes an extensible value as a JSON string; a value the SDK does not name is kept exactly as sent.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ExtensibleValueConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? T.FromString(reader.GetString()!)
            : throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
