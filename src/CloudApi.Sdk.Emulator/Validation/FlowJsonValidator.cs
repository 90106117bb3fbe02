using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>
/// Checks an uploaded Flow JSON as Meta's Flows API does, answering Meta-shaped <c>validation_errors</c>: JSON syntax
/// (with line and column), the required <c>version</c> and <c>screens</c>, screen ids, navigate actions and a routing
/// model that name unknown screens, and a flow without a terminal screen.
/// </summary>
internal static class FlowJsonValidator
{
    public sealed record Result(JsonArray Errors, string? Version, string? DataApiVersion);

    public static Result Validate(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\xEF\xBB\xBF"u8))
        {
            utf8 = utf8[3..];
        }

        FlowJsonLocations locations;
        JsonNode? root;
        try
        {
            locations = FlowJsonLocations.Read(utf8);
            root = JsonNode.Parse(utf8);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var error = Error("INVALID_JSON", "JSON_SYNTAX_ERROR", $"The Flow JSON is not valid JSON (line {line}, column {column}).", (line, column, line, column));
            return new Result([error], null, null);
        }

        var errors = new JsonArray();
        if (root is not JsonObject flow)
        {
            errors.Add(Schema(locations, "INVALID_PROPERTY_VALUE", "The Flow JSON must be a JSON object.", string.Empty));
            return new Result(errors, null, null);
        }

        var version = flow["version"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        if (version is null)
        {
            errors.Add(Required(locations, "version", string.Empty));
        }

        var dataApiVersion = flow["data_api_version"] is JsonValue d && d.TryGetValue<string>(out var dataText) ? dataText : null;
        if (flow["screens"] is not JsonArray { Count: > 0 } screens)
        {
            errors.Add(flow["screens"] is null
                ? Required(locations, "screens", string.Empty)
                : Schema(locations, "INVALID_PROPERTY_VALUE", "The property \"screens\" must be a non-empty array at \"$root\".", "screens"));
            return new Result(errors, version, dataApiVersion);
        }

        var ids = ScreenIds(screens, locations, errors);
        if (!screens.Any(s => s is JsonObject screen && screen["terminal"] is JsonValue t && t.TryGetValue<bool>(out var terminal) && terminal))
        {
            errors.Add(Error("MISSING_TERMINAL_SCREEN", "FLOW_JSON_ERROR", "The flow has no terminal screen: at least one screen must have \"terminal\": true.", locations.Of("screens")));
        }

        for (var i = 0; i < screens.Count; i++)
        {
            NavigateTargets(screens[i], $"screens[{i}]", ids, locations, errors);
        }

        if (flow["routing_model"] is JsonObject routing)
        {
            RoutingTargets(routing, ids, locations, errors);
        }

        return new Result(errors, version, dataApiVersion);
    }

    private static HashSet<string> ScreenIds(JsonArray screens, FlowJsonLocations locations, JsonArray errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < screens.Count; i++)
        {
            var path = $"screens[{i}]";
            if (screens[i] is not JsonObject screen)
            {
                errors.Add(Schema(locations, "INVALID_PROPERTY_VALUE", $"The screen at \"{Root(path)}\" must be an object.", path));
                continue;
            }

            if (screen["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var id))
            {
                errors.Add(Required(locations, "id", path));
                continue;
            }

            if (!ids.Add(id))
            {
                errors.Add(Error("DUPLICATE_SCREEN_ID", "FLOW_JSON_ERROR", $"The screen id \"{id}\" is used by more than one screen.", locations.Of(path + ".id")));
            }
        }

        return ids;
    }

    /// <summary>Every <c>{"name":"navigate","next":{"type":"screen","name":X}}</c> under <paramref name="node"/> must name a screen.</summary>
    private static void NavigateTargets(JsonNode? node, string path, HashSet<string> ids, FlowJsonLocations locations, JsonArray errors)
    {
        switch (node)
        {
            case JsonObject item:
                if (item["name"] is JsonValue name && name.TryGetValue<string>(out var action) && action == "navigate"
                    && item["next"] is JsonObject next && next["name"] is JsonValue target && target.TryGetValue<string>(out var screen)
                    && !ids.Contains(screen))
                {
                    var at = path + ".next.name";
                    errors.Add(Error("INVALID_SCREEN_REFERENCE", "FLOW_JSON_ERROR",
                        $"The navigate action at \"{Root(path)}\" goes to the screen \"{screen}\", which the flow does not have.",
                        locations.Of(at), Pointer(locations, at)));
                }

                foreach (var (key, child) in item)
                {
                    NavigateTargets(child, $"{path}.{key}", ids, locations, errors);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    NavigateTargets(array[i], $"{path}[{i}]", ids, locations, errors);
                }

                break;
        }
    }

    private static void RoutingTargets(JsonObject routing, HashSet<string> ids, FlowJsonLocations locations, JsonArray errors)
    {
        foreach (var (from, targets) in routing)
        {
            var path = $"routing_model.{from}";
            if (!ids.Contains(from))
            {
                errors.Add(Error("INVALID_SCREEN_REFERENCE", "FLOW_JSON_ERROR", $"The routing model names the screen \"{from}\", which the flow does not have.",
                    locations.Of(path), Pointer(locations, path)));
            }

            if (targets is not JsonArray list)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is JsonValue value && value.TryGetValue<string>(out var to) && !ids.Contains(to))
                {
                    var at = $"{path}[{i}]";
                    errors.Add(Error("INVALID_SCREEN_REFERENCE", "FLOW_JSON_ERROR",
                        $"The routing model lets \"{from}\" go to the screen \"{to}\", which the flow does not have.", locations.Of(at), Pointer(locations, at)));
                }
            }
        }
    }

    private static JsonObject Required(FlowJsonLocations locations, string name, string parentPath) =>
        Schema(locations, "MISSING_REQUIRED_PROPERTY", $"The property \"{name}\" is required at \"{Root(parentPath)}\".", parentPath);

    private static JsonObject Schema(FlowJsonLocations locations, string error, string message, string path) =>
        Error(error, "JSON_SCHEMA_ERROR", message, locations.Of(path));

    private static JsonObject Pointer(FlowJsonLocations locations, string path)
    {
        var (lineStart, columnStart, lineEnd, columnEnd) = locations.Of(path);
        return new JsonObject
        {
            ["line_start"] = lineStart,
            ["line_end"] = lineEnd,
            ["column_start"] = columnStart,
            ["column_end"] = columnEnd,
            ["path"] = path,
        };
    }

    private static JsonObject Error(string error, string type, string message, (int LineStart, int ColumnStart, int LineEnd, int ColumnEnd) at, JsonObject? pointer = null)
    {
        var item = new JsonObject
        {
            ["error"] = error,
            ["error_type"] = type,
            ["message"] = message,
            ["line_start"] = at.LineStart,
            ["line_end"] = at.LineEnd,
            ["column_start"] = at.ColumnStart,
            ["column_end"] = at.ColumnEnd,
        };
        if (pointer is not null)
        {
            item["pointers"] = new JsonArray(pointer);
        }

        return item;
    }

    /// <summary>Meta's message form of a path: <c>$root/screens/0/layout</c>.</summary>
    private static string Root(string path)
    {
        if (path.Length == 0)
        {
            return "$root";
        }

        var text = new StringBuilder("$root/");
        foreach (var c in path)
        {
            text.Append(c switch
            {
                '.' or '[' => "/",
                ']' => string.Empty,
                _ => c.ToString(CultureInfo.InvariantCulture),
            });
        }

        return text.ToString();
    }
}
