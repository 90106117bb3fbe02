using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>Rules for <c>"type":"template"</c>: a name, a language code and well-formed components.</summary>
internal static class TemplateRules
{
    public static void Validate(JsonObject template, string path)
    {
        RequireString(template, "name", path, 512);
        var language = RequireObject(template, "language", path);
        RequireString(language, "code", $"{path}.language");
        if (OptionalArray(template, "components", path, 0, int.MaxValue) is { } components)
        {
            foreach (var (component, componentPath) in Objects(components, $"{path}.components"))
            {
                RequireString(component, "type", componentPath);
            }
        }
    }
}
