using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>A webhook POST body: <c>{"object":..., "entry":[...]}</c>.</summary>
internal sealed class WebhookBodyWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Object { get; set; }

    [JsonConverter(typeof(TolerantItemListConverter<EntryWire>))]
    public List<EntryWire>? Entry { get; set; }
}

/// <summary>An <c>entry[]</c> item: one WhatsApp Business Account and its changes.</summary>
internal sealed class EntryWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? Time { get; set; }

    [JsonConverter(typeof(TolerantItemListConverter<ChangeWire>))]
    public List<ChangeWire>? Changes { get; set; }
}

/// <summary>A <c>changes[]</c> item: the subscription field and its value.</summary>
internal sealed class ChangeWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Field { get; set; }

    [JsonConverter(typeof(ChangeValueConverter))]
    public ChangeValueWire? Value { get; set; }
}

/// <summary>
/// A change's <c>value</c>: where it sits in the body, and, when it is an object, its reading as a list-shaped value
/// (the <c>messages</c> shape). Meta may send <c>value</c> before <c>field</c>, so the value is read as the hot path
/// expects; a field of another shape reads it again from its bytes.
/// </summary>
internal sealed class ChangeValueWire
{
    public int Start { get; init; }

    public int End { get; init; }

    public bool IsObject { get; init; }

    public MessagingValueWire? Messaging { get; init; }
}

/// <summary>Reads a change's <c>value</c> in place (see <see cref="ChangeValueWire"/>); never fails on its content.</summary>
internal sealed class ChangeValueConverter : JsonConverter<ChangeValueWire>
{
    private JsonConverter<MessagingValueWire>? _messaging;

    public override ChangeValueWire Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var start = (int)reader.TokenStartIndex;
        var isObject = reader.TokenType == JsonTokenType.StartObject;
        var messaging = isObject
            ? WireItems.TryRead(ref reader, _messaging ??= WireItems.ConverterOf<MessagingValueWire>(options), options)
            : null;
        if (!isObject)
        {
            reader.Skip();
        }

        return new ChangeValueWire { Start = start, End = (int)reader.BytesConsumed, IsObject = isObject, Messaging = messaging };
    }

    public override void Write(Utf8JsonWriter writer, ChangeValueWire value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Webhook wire types are read only.");
}
