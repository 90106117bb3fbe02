using System.Text.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>
/// Field checks shared by the message validators. A missing required field fails with 131008, a field of the wrong
/// shape or over a documented limit with 100; the details name the field by its JSON path.
/// </summary>
internal static class JsonRules
{
    public static JsonObject RequireObject(JsonObject parent, string name, string path) =>
        OptionalObject(parent, name, path) ?? throw Missing(path, name);

    public static JsonObject? OptionalObject(JsonObject parent, string name, string path) => parent[name] switch
    {
        null => null,
        JsonObject obj => obj,
        _ => throw Invalid($"Param {Join(path, name)} must be a JSON object."),
    };

    public static JsonArray RequireArray(JsonObject parent, string name, string path, int min, int max) =>
        OptionalArray(parent, name, path, min, max) ?? throw Missing(path, name);

    public static JsonArray? OptionalArray(JsonObject parent, string name, string path, int min, int max)
    {
        switch (parent[name])
        {
            case null:
                return null;
            case JsonArray array when array.Count < min:
                throw Invalid($"Param {Join(path, name)} must have at least {min} element(s).");
            case JsonArray array when array.Count > max:
                throw Invalid($"Param {Join(path, name)} must have at most {max} elements.");
            case JsonArray array:
                return array;
            default:
                throw Invalid($"Param {Join(path, name)} must be an array.");
        }
    }

    public static string RequireString(JsonObject parent, string name, string path, int maxLength = int.MaxValue, bool allowEmpty = false) =>
        OptionalString(parent, name, path, maxLength, allowEmpty) ?? throw Missing(path, name);

    public static string? OptionalString(JsonObject parent, string name, string path, int maxLength = int.MaxValue, bool allowEmpty = true)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw Invalid($"Param {Join(path, name)} must be a string.");
        }

        var value = node.GetValue<string>();
        if (!allowEmpty && value.Length == 0)
        {
            throw Missing(path, name);
        }

        if (value.Length > maxLength)
        {
            throw Invalid($"Param {Join(path, name)} must be at most {maxLength} characters long.");
        }

        return value;
    }

    /// <summary>A string or a number, as Meta accepts for ids and indexes (<c>"0"</c> and <c>0</c>).</summary>
    public static string? OptionalScalar(JsonObject parent, string name, string path)
    {
        var node = parent[name];
        return node?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.Number => node.ToJsonString(),
            _ => throw Invalid($"Param {Join(path, name)} must be a string or a number."),
        };
    }

    public static double RequireCoordinate(JsonObject parent, string name, string path, double limit)
    {
        var node = parent[name] ?? throw Missing(path, name);
        double value;
        switch (node.GetValueKind())
        {
            case JsonValueKind.Number:
                value = node.GetValue<double>();
                break;
            case JsonValueKind.String when double.TryParse(node.GetValue<string>(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed):
                value = parsed;
                break;
            default:
                throw Invalid($"Param {Join(path, name)} must be a number.");
        }

        if (value < -limit || value > limit)
        {
            throw Invalid($"Param {Join(path, name)} must be between -{limit} and {limit}.");
        }

        return value;
    }

    /// <summary>A JSON integer (amounts, quantities); a fraction, a string or another kind fails with 100.</summary>
    public static long RequireInteger(JsonObject parent, string name, string path, long min = long.MinValue)
    {
        var node = parent[name] ?? throw Missing(path, name);
        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<long>(out var value))
        {
            throw Invalid($"Param {Join(path, name)} must be an integer.");
        }

        if (value < min)
        {
            throw Invalid($"Param {Join(path, name)} must be at least {min}.");
        }

        return value;
    }

    public static bool? OptionalBool(JsonObject parent, string name, string path)
    {
        var node = parent[name];
        return node?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid($"Param {Join(path, name)} must be a boolean."),
        };
    }

    public static string OneOf(string value, string path, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw Invalid($"Param {path} must be one of {{{string.Join(", ", allowed)}}}, got '{value}'.");

    public static void Forbid(JsonObject parent, string name, string path, string reason)
    {
        if (parent[name] is not null)
        {
            throw Invalid($"Param {Join(path, name)} is not allowed {reason}.");
        }
    }

    public static IEnumerable<(JsonObject Item, string Path)> Objects(JsonArray array, string path)
    {
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            yield return (array[i] as JsonObject ?? throw Invalid($"Param {itemPath} must be a JSON object."), itemPath);
        }
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static GraphError Invalid(string details) => GraphError.InvalidParameter(details);

    public static GraphError Missing(string path, string name) => GraphError.MissingParameter($"Param {Join(path, name)} is required.");
}
