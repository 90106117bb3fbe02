using System.Buffers;
using System.Text.Json;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// Any JSON value of a Flow (a payload value, an <c>__example__</c>), kept exactly as written. Converts implicitly from
/// <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/> and
/// <see cref="decimal"/>; <see cref="Parse"/> takes an object or array written as JSON.
/// </summary>
public sealed class FlowJsonValue
{
    private FlowJsonValue(JsonElement json)
    {
        Json = json;
    }

    /// <summary>The value as a JSON element.</summary>
    public JsonElement Json { get; }

    /// <summary>The kind of JSON value (string, number, object…).</summary>
    public JsonValueKind Kind => Json.ValueKind;

    /// <summary>Parses any JSON value (e.g. <c>[{"id":"1","title":"Ana"}]</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="json"/> is not JSON.</exception>
    public static FlowJsonValue Parse(string json)
    {
        Validate.NotEmpty(json, "json");
        try
        {
            using var document = JsonDocument.Parse(json);
            return new(document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new WhatsAppValidationException("json", $"json is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Wraps a JSON element (copied, so it outlives its document).</summary>
    /// <param name="json">The element.</param>
    /// <returns>The value.</returns>
    public static FlowJsonValue FromJson(JsonElement json) => new(json.Clone());

    /// <summary>A JSON string.</summary>
    /// <param name="value">The text.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static implicit operator FlowJsonValue(string value)
    {
        Validate.NotNull(value, "value");
        return Write(w => w.WriteStringValue(value));
    }

    /// <summary>A JSON boolean.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator FlowJsonValue(bool value) => Write(w => w.WriteBooleanValue(value));

    /// <summary>A JSON number.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator FlowJsonValue(int value) => Write(w => w.WriteNumberValue(value));

    /// <summary>A JSON number.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator FlowJsonValue(long value) => Write(w => w.WriteNumberValue(value));

    /// <summary>A JSON number.</summary>
    /// <param name="value">The value, finite.</param>
    public static implicit operator FlowJsonValue(double value) => Write(w => w.WriteNumberValue(value));

    /// <summary>A JSON number.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator FlowJsonValue(decimal value) => Write(w => w.WriteNumberValue(value));

    /// <summary>The value as compact JSON text.</summary>
    /// <returns>The JSON.</returns>
    public override string ToString() => Json.GetRawText();

    internal static FlowJsonValue Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new(document.RootElement.Clone());
    }
}
