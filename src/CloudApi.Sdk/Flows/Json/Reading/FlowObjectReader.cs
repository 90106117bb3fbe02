using System.Text.Json;

namespace CloudApi.Sdk.Flows.Json.Reading;

/// <summary>
/// Reads the properties of one Flow JSON object and remembers which it typed. A property of an unexpected kind is left
/// untyped, so <see cref="Rest"/> keeps it as raw JSON and the object still round-trips.
/// </summary>
internal sealed class FlowObjectReader
{
    private readonly JsonElement _json;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public FlowObjectReader(JsonElement json)
    {
        _json = json;
    }

    public string? String(string name) =>
        TryGet(name, out var value) && value.ValueKind == JsonValueKind.String ? Take(name, value.GetString()) : null;

    /// <summary>A property the object cannot be typed without; its absence makes the reader give up on the object.</summary>
    public string RequiredString(string name) => String(name) ?? throw Missing(name);

    public bool? PlainBool(string name) =>
        TryGet(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? Take(name, value.GetBoolean()) : null;

    public FlowValue<bool>? Bool(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True or JsonValueKind.False => Take(name, FlowValue<bool>.Literal(value.GetBoolean())),
            JsonValueKind.String => Take(name, FlowValue<bool>.Unchecked(value.GetString()!)),
            _ => null,
        };
    }

    public FlowValue<int>? Int(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => Take(name, FlowValue<int>.Literal(number)),
            JsonValueKind.String => Take(name, FlowValue<int>.Unchecked(value.GetString()!)),
            _ => null,
        };
    }

    public FlowValue<double>? Double(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var number) && value.GetRawText() == Number(number) => Take(name, FlowValue<double>.Literal(number)),
            JsonValueKind.String => Take(name, FlowValue<double>.Unchecked(value.GetString()!)),
            _ => null,
        };
    }

    /// <summary>A list of items or a dynamic reference to one; <see langword="null"/> (left raw) if an item cannot be typed.</summary>
    public FlowItems<T>? Items<T>(string name, Func<JsonElement, T?> readItem)
        where T : class
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return Take(name, new FlowItems<T>([], value.GetString()));
        }

        var items = ReadArray(value, readItem);
        return items is null ? null : Take(name, new FlowItems<T>(items, null));
    }

    public IReadOnlyList<T>? List<T>(string name, Func<JsonElement, T?> readItem)
        where T : class =>
        TryGet(name, out var value) && ReadArray(value, readItem) is { } items ? Take(name, Array.AsReadOnly(items)) : null;

    public IReadOnlyList<string>? Strings(string name) =>
        List(name, static item => item.ValueKind == JsonValueKind.String ? item.GetString() : null);

    public FlowAction? Action(string name) =>
        TryGet(name, out var value) && FlowAction.Read(value) is { } action ? Take(name, action) : null;

    public IReadOnlyList<FlowComponent>? Components(string name) =>
        TryGet(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? Take(name, FlowReading.ReadAll(value))
            : null;

    public FlowJsonValue? Json(string name) =>
        TryGet(name, out var value) ? Take(name, FlowJsonValue.FromJson(value)) : null;

    /// <summary>A nested object typed by <paramref name="read"/>; left raw when <paramref name="read"/> gives up.</summary>
    public T? Object<T>(string name, Func<JsonElement, T?> read)
        where T : class =>
        TryGet(name, out var value) && value.ValueKind == JsonValueKind.Object && read(value) is { } typed ? Take(name, typed) : null;

    /// <summary>The properties not typed, as raw JSON, in their order.</summary>
    public IReadOnlyDictionary<string, JsonElement> Rest()
    {
        Dictionary<string, JsonElement>? rest = null;
        foreach (var property in _json.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                rest ??= new(StringComparer.Ordinal);
                rest[property.Name] = property.Value.Clone();
            }
        }

        return rest ?? FlowJsonWriting.NoProperties;
    }

    /// <summary>Gives back a property taken but found unusable, so <see cref="Rest"/> keeps it raw.</summary>
    public T? Unread<T>(string name)
        where T : class
    {
        _read.Remove(name);
        return null;
    }

    /// <summary>Marks a property the caller read itself.</summary>
    public void Skip(string name) => _read.Add(name);

    public bool Has(string name) => _json.TryGetProperty(name, out _);

    internal static InvalidOperationException Missing(string name) => new($"The required property '{name}' is missing or not typed.");

    private static string Number(double number) => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static T[]? ReadArray<T>(JsonElement value, Func<JsonElement, T?> readItem)
        where T : class
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var items = new T[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (readItem(item) is not { } typed)
            {
                return null;
            }

            items[i++] = typed;
        }

        return items;
    }

    private bool TryGet(string name, out JsonElement value) => _json.TryGetProperty(name, out value);

    private T Take<T>(string name, T value)
    {
        _read.Add(name);
        return value;
    }
}
