using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>Rules for <c>"type":"interactive"</c>: dispatches on <c>interactive.type</c>.</summary>
internal static class InteractiveRules
{
    private static readonly Dictionary<string, Action<JsonObject, string>> Kinds = new(StringComparer.Ordinal)
    {
        ["button"] = (i, p) => { },
        ["list"] = (i, p) => { },
        ["cta_url"] = (i, p) => { },
        ["flow"] = (i, p) => { },
        ["location_request_message"] = (i, p) => { },
        ["product"] = (i, p) => { },
        ["product_list"] = (i, p) => { },
        ["catalog_message"] = (i, p) => { },
    };

    public static void Validate(JsonObject interactive, string path)
    {
        var kind = RequireString(interactive, "type", path);
        if (!Kinds.TryGetValue(kind, out var rule))
        {
            throw Invalid($"Param {path}.type must be one of {{{string.Join(", ", Kinds.Keys)}}}, got '{kind}'.");
        }

        RequireObject(interactive, "action", path);
        rule(interactive, path);
    }
}
