using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>The header, body and footer shared by interactive messages.</summary>
internal static class InteractiveParts
{
    public static void Body(JsonObject interactive, string path, int maxLength, bool required = true)
    {
        var body = required ? RequireObject(interactive, "body", path) : OptionalObject(interactive, "body", path);
        if (body is not null)
        {
            RequireString(body, "text", $"{path}.body", maxLength);
        }
    }

    public static void Footer(JsonObject interactive, string path)
    {
        if (OptionalObject(interactive, "footer", path) is { } footer)
        {
            RequireString(footer, "text", $"{path}.footer", 60);
        }
    }

    /// <summary>An optional (or required) header of one of <paramref name="kinds"/>; media headers are a media reference.</summary>
    public static void Header(JsonObject interactive, string path, bool required, params string[] kinds)
    {
        var header = required ? RequireObject(interactive, "header", path) : OptionalObject(interactive, "header", path);
        if (header is null)
        {
            return;
        }

        var headerPath = $"{path}.header";
        var kind = OneOf(RequireString(header, "type", headerPath), $"{headerPath}.type", kinds);
        if (kind == "text")
        {
            RequireString(header, "text", headerPath, 60);
        }
        else
        {
            MediaRules.Reference(RequireObject(header, kind, headerPath), $"{headerPath}.{kind}");
        }
    }

    public static void NoHeader(JsonObject interactive, string path, string kind) =>
        Forbid(interactive, "header", path, $"for {kind} messages");

    public static JsonObject NamedAction(JsonObject interactive, string path, string name)
    {
        var action = RequireObject(interactive, "action", path);
        OneOf(RequireString(action, "name", $"{path}.action"), $"{path}.action.name", name);
        return action;
    }

    /// <summary>Fails when a value repeats (button titles and ids must be unique).</summary>
    public static void Unique(IEnumerable<string> values, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!seen.Add(value))
            {
                throw Invalid($"Param {what} must be unique, '{value}' is repeated.");
            }
        }
    }
}
