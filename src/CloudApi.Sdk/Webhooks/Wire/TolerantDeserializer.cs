using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>
/// Reads a change's value into its wire type, however Meta shaped it: the wire types are strict about objects and
/// lists (so the common case is one plain source-generated pass), and when a value has an unexpected type the
/// serializer names its path; that value is set to <see langword="null"/> (read as absent) and the value read again.
/// Only used for values that failed the fast pass, so its cost does not matter.
/// </summary>
internal static class TolerantDeserializer
{
    private const int MaxRepairs = 64;

    public static T? Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException first)
        {
            try
            {
                return Repair(JsonNode.Parse(json), first, typeInfo);
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
            {
                return null; // E.g. duplicate property names, which a JsonObject refuses: the value stays raw.
            }
        }
    }

    private static T? Repair<T>(JsonNode? node, JsonException failure, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        for (var i = 0; i < MaxRepairs && node is not null; i++)
        {
            if (failure.Path is not { } path || !SetNull(node, path))
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize(node.ToJsonString(), typeInfo);
            }
            catch (JsonException next)
            {
                failure = next;
            }
        }

        return null;
    }

    /// <summary>Sets the value at a serializer path (<c>$.messages[0].text</c>) to <see langword="null"/>.</summary>
    private static bool SetNull(JsonNode root, string path)
    {
        var segments = Segments(path);
        if (segments.Count == 0)
        {
            return false;
        }

        var parent = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent = Child(parent, segments[i]);
            if (parent is null)
            {
                return false;
            }
        }

        var last = segments[^1];
        switch (parent)
        {
            case JsonObject obj when last.Name is { } name && obj.ContainsKey(name) && obj[name] is not null:
                obj[name] = null;
                return true;
            case JsonArray array when last.Index is { } index && index < array.Count && array[index] is not null:
                array[index] = null;
                return true;
            default:
                return false;
        }
    }

    private static JsonNode? Child(JsonNode node, (string? Name, int? Index) segment) => node switch
    {
        JsonObject obj when segment.Name is { } name => obj[name],
        JsonArray array when segment.Index is { } index && index < array.Count => array[index],
        _ => null,
    };

    private static List<(string? Name, int? Index)> Segments(string path)
    {
        var segments = new List<(string?, int?)>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add((path[(i + 1)..end], null));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                segments.Add((path[(i + 2)..end], null));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    break;
                }

                segments.Add((null, index));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return segments;
    }
}
