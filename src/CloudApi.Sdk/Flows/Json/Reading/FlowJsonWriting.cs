using System.Collections.ObjectModel;
using System.Text.Json;

namespace CloudApi.Sdk.Flows.Json.Reading;

/// <summary>Writes the optional properties of Flow JSON objects: nothing for an absent value.</summary>
internal static class FlowJsonWriting
{
    public static readonly IReadOnlyDictionary<string, JsonElement> NoProperties =
        new ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>());

    public static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void Bool(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } present)
        {
            writer.WriteBoolean(name, present);
        }
    }

    public static void Value<T>(Utf8JsonWriter writer, string name, FlowValue<T>? value)
        where T : struct
    {
        if (value is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        WriteValue(writer, value);
    }

    public static void WriteValue<T>(Utf8JsonWriter writer, FlowValue<T> value)
        where T : struct
    {
        switch (value)
        {
            case { Reference: { } reference }:
                writer.WriteStringValue(reference);
                break;
            case FlowValue<bool> flag:
                writer.WriteBooleanValue(flag.Value);
                break;
            case FlowValue<int> number:
                writer.WriteNumberValue(number.Value);
                break;
            case FlowValue<double> number:
                writer.WriteNumberValue(number.Value);
                break;
            default:
                throw new NotSupportedException($"Flow JSON has no values of type {typeof(T).Name}.");
        }
    }

    public static void Items<T>(Utf8JsonWriter writer, string name, FlowItems<T>? items, Action<Utf8JsonWriter, T> writeItem)
        where T : notnull
    {
        if (items is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        if (items.Reference is { } reference)
        {
            writer.WriteStringValue(reference);
            return;
        }

        List(writer, items, writeItem);
    }

    public static void List<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> writeItem)
    {
        if (items is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        List(writer, items, writeItem);
    }

    public static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string>? items) =>
        List(writer, name, items, static (w, s) => w.WriteStringValue(s));

    public static void StringItems(Utf8JsonWriter writer, string name, FlowItems<string>? items) =>
        Items(writer, name, items, static (w, s) => w.WriteStringValue(s));

    public static void Action(Utf8JsonWriter writer, string name, FlowAction? action)
    {
        if (action is not null)
        {
            writer.WritePropertyName(name);
            action.WriteTo(writer);
        }
    }

    public static void Components(Utf8JsonWriter writer, string name, IReadOnlyList<FlowComponent>? components) =>
        List(writer, name, components, static (w, c) => c.WriteTo(w));

    public static void Json(Utf8JsonWriter writer, string name, FlowJsonValue? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            value.Json.WriteTo(writer);
        }
    }

    public static void Rest(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement> properties)
    {
        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    /// <summary>A caller's raw properties, copied so the immutable model does not see later changes.</summary>
    public static IReadOnlyDictionary<string, JsonElement> CopyRest(IReadOnlyDictionary<string, JsonElement>? properties, string field)
    {
        Validate.NotNull(properties, field);
        return properties!.Count == 0
            ? NoProperties
            : new ReadOnlyDictionary<string, JsonElement>(properties.ToDictionary(p => p.Key, p => p.Value.Clone(), StringComparer.Ordinal));
    }

    private static void List<T>(Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }
}
