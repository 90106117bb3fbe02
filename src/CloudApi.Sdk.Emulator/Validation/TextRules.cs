using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>Rules for <c>"type":"text"</c>: a body of 1 to 4,096 characters, optional <c>preview_url</c>.</summary>
internal static class TextRules
{
    public static void Validate(JsonObject text, string path)
    {
        RequireString(text, "body", path, 4096);
        OptionalBool(text, "preview_url", path);
    }
}
