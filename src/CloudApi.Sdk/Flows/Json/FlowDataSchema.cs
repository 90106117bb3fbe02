using System.Collections.ObjectModel;
using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// A field of a screen's data model (<c>screens[].data.NAME</c>): its JSON Schema type and the <c>__example__</c> Meta
/// shows in the builder's preview and requires for every field. Build it with <see cref="ForString"/>,
/// <see cref="ForNumber"/>, <see cref="ForBoolean"/>, <see cref="ForObject"/>, <see cref="ForArray"/> or <see cref="ForOptions"/>.
/// </summary>
public sealed class FlowDataSchema
{
    /// <summary>Creates a schema of a type (nested <see cref="Items"/> and <see cref="Properties"/> schemas need no example).</summary>
    /// <param name="type">The JSON Schema type.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="type"/> is empty.</exception>
    public FlowDataSchema(FlowDataType type)
    {
        Validate.NotEmpty(type.Value, "data.type");
        Type = type;
    }

    /// <summary>The JSON Schema type (<c>type</c>); empty when a read schema had none the SDK could type.</summary>
    public FlowDataType Type { get; }

    /// <summary>For an array: the schema of its items (<c>items</c>). Default <see langword="null"/>: not written.</summary>
    public FlowDataSchema? Items { get; init; }

    /// <summary>For an object: the schema of each property (<c>properties</c>). Default <see langword="null"/>: not written.</summary>
    public IReadOnlyDictionary<string, FlowDataSchema>? Properties { get; init => field = value is null ? null : Copy(value, "data.properties"); }

    /// <summary>An example value (<c>__example__</c>), required on every top-level field. Default <see langword="null"/>: not written.</summary>
    public FlowJsonValue? Example { get; init; }

    /// <summary>Properties this SDK does not type (e.g. <c>format</c>), written after the typed ones; the reader keeps the ones it does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get;
        init => field = FlowJsonWriting.CopyRest(value, nameof(AdditionalProperties));
    } = FlowJsonWriting.NoProperties;

    /// <summary>A string field.</summary>
    /// <param name="example">An example value.</param>
    /// <returns>The schema.</returns>
    public static FlowDataSchema ForString(string example) => new(FlowDataType.String) { Example = example };

    /// <summary>A number field.</summary>
    /// <param name="example">An example value.</param>
    /// <returns>The schema.</returns>
    public static FlowDataSchema ForNumber(decimal example) => new(FlowDataType.Number) { Example = example };

    /// <summary>A boolean field.</summary>
    /// <param name="example">An example value.</param>
    /// <returns>The schema.</returns>
    public static FlowDataSchema ForBoolean(bool example) => new(FlowDataType.Boolean) { Example = example };

    /// <summary>An object field.</summary>
    /// <param name="properties">The schema of each property.</param>
    /// <param name="example">An example object, e.g. <c>FlowJsonValue.Parse("""{"name":"Ana"}""")</c>.</param>
    /// <returns>The schema.</returns>
    public static FlowDataSchema ForObject(IReadOnlyDictionary<string, FlowDataSchema> properties, FlowJsonValue example) =>
        new(FlowDataType.Object) { Properties = Validate.NotNull(properties, "data.properties"), Example = example };

    /// <summary>An array field.</summary>
    /// <param name="items">The schema of the items.</param>
    /// <param name="example">An example array, e.g. <c>FlowJsonValue.Parse("""["a","b"]""")</c>.</param>
    /// <returns>The schema.</returns>
    public static FlowDataSchema ForArray(FlowDataSchema items, FlowJsonValue example) =>
        new(FlowDataType.Array) { Items = Validate.NotNull(items, "data.items"), Example = example };

    /// <summary>
    /// An array of <c>{id, title}</c> objects, the shape of a <c>data-source</c> filled from data (a Dropdown's
    /// <c>"${data.slots}"</c>), with the given items as the example.
    /// </summary>
    /// <param name="example">Example items.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="example"/> is missing or has a <see langword="null"/> item.</exception>
    public static FlowDataSchema ForOptions(IEnumerable<FlowOption> example)
    {
        var items = Validate.Copy(example, "data.__example__");
        var json = FlowJsonValue.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
        });
        var text = new FlowDataSchema(FlowDataType.String);
        return ForArray(
            new FlowDataSchema(FlowDataType.Object) { Properties = new Dictionary<string, FlowDataSchema> { ["id"] = text, ["title"] = text } },
            json);
    }

    internal static FlowDataSchema? Read(JsonElement json) => FlowReading.Typed(json, static r =>
    {
        var type = r.String("type");
        var items = r.Object("items", Read);
        var properties = r.Object("properties", ReadAll);
        var example = r.Json("__example__");
        return new FlowDataSchema(type is null ? default : new FlowDataType(type), items, properties, example, r.Rest());
    });

    internal static Dictionary<string, FlowDataSchema>? ReadAll(JsonElement json)
    {
        var fields = new Dictionary<string, FlowDataSchema>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (Read(property.Value) is not { } schema)
            {
                return null;
            }

            fields[property.Name] = schema;
        }

        return fields;
    }

    internal static void WriteAll(Utf8JsonWriter writer, IReadOnlyDictionary<string, FlowDataSchema> fields)
    {
        writer.WriteStartObject();
        foreach (var (name, schema) in fields)
        {
            writer.WritePropertyName(name);
            schema.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    internal static ReadOnlyDictionary<string, FlowDataSchema> Copy(IReadOnlyDictionary<string, FlowDataSchema> fields, string field)
    {
        var copy = new Dictionary<string, FlowDataSchema>(fields.Count, StringComparer.Ordinal);
        foreach (var (name, schema) in fields)
        {
            Validate.NotEmpty(name, field);
            copy[name] = Validate.NotNull(schema, $"{field}.{name}");
        }

        return new(copy);
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Type.Value.Length > 0)
        {
            writer.WriteString("type", Type.Value);
        }

        if (Items is not null)
        {
            writer.WritePropertyName("items");
            Items.WriteTo(writer);
        }

        if (Properties is not null)
        {
            writer.WritePropertyName("properties");
            WriteAll(writer, Properties);
        }

        FlowJsonWriting.Json(writer, "__example__", Example);
        FlowJsonWriting.Rest(writer, AdditionalProperties);
        writer.WriteEndObject();
    }

    private FlowDataSchema(
        FlowDataType type,
        FlowDataSchema? items,
        IReadOnlyDictionary<string, FlowDataSchema>? properties,
        FlowJsonValue? example,
        IReadOnlyDictionary<string, JsonElement> additionalProperties)
    {
        Type = type;
        Items = items;
        Properties = properties;
        Example = example;
        AdditionalProperties = additionalProperties;
    }
}
