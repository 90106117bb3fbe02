using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>
/// Checks a template send against the stored templates of the number's WABA: an unknown language or an unapproved
/// template gets 132001, a parameter count (or, for NAMED templates, name) mismatch 132000, a media header parameter of
/// another type than the header's format 132012. A name that is not stored passes unless <see cref="EmulatorOptions.RequireKnownTemplates"/> is set.
/// </summary>
internal static class TemplateSendCheck
{
    public static void Check(EmulatorState state, PhoneNumberState number, JsonObject template)
    {
        var name = template["name"]!.GetValue<string>();
        var language = template["language"]!["code"]!.GetValue<string>();
        var named = state.Templates.Named(number.BusinessAccountId, name);
        if (named.Count == 0)
        {
            if (state.Options.RequireKnownTemplates)
            {
                throw NotFound(name, language);
            }

            return;
        }

        var stored = named.Find(t => t.Language == language);
        if (stored?.StatusAt(state.Now) == "PAUSED")
        {
            throw new GraphError(400, 132015, "Template is Paused", $"Template '{name}' ({language}) is paused because of low quality; unpause it after fixing it.");
        }

        if (stored is null || stored.StatusAt(state.Now) != "APPROVED")
        {
            throw NotFound(name, language);
        }

        var components = template["components"] as JsonArray ?? [];
        var mediaHeader = stored.MediaHeaderFormat();
        if (mediaHeader is not null)
        {
            MediaHeader(Parameters(components, "header"), mediaHeader, name, language);
        }

        foreach (var type in mediaHeader is null ? new[] { "header", "body" } : ["body"])
        {
            var expected = stored.Placeholders(type);
            var sent = Parameters(components, type);
            if (stored.Placeholders(type).Count == 0 && sent.Count == 0)
            {
                continue;
            }

            if (sent.Count != expected.Count)
            {
                throw Mismatch($"{type} has {expected.Count} parameter(s) in template '{name}' ({language}), but {sent.Count} were sent.");
            }

            if (stored.ParameterFormat == "NAMED")
            {
                var names = sent.Select(p => p["parameter_name"]?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                var missing = expected.Where(e => !names.Contains(e)).ToList();
                if (missing.Count > 0)
                {
                    throw Mismatch($"{type} parameter(s) {string.Join(", ", missing)} of template '{name}' were not sent.");
                }
            }
        }
    }

    /// <summary>A media (or location) header takes exactly one parameter, of the header's format.</summary>
    private static void MediaHeader(List<JsonObject> sent, string format, string name, string language)
    {
        if (sent.Count != 1)
        {
            throw Mismatch($"header has 1 parameter ({format}) in template '{name}' ({language}), but {sent.Count} were sent.");
        }

        var type = sent[0]["type"]?.GetValue<string>();
        if (!string.Equals(type, format, StringComparison.Ordinal))
        {
            throw new GraphError(
                400,
                132012,
                "Parameter format does not match format in the created template",
                $"header of template '{name}' ({language}) takes a {format} parameter, but {type} was sent.");
        }
    }

    private static List<JsonObject> Parameters(JsonArray components, string type) =>
        components.OfType<JsonObject>()
            .Where(c => string.Equals(c["type"]?.GetValue<string>(), type, StringComparison.OrdinalIgnoreCase))
            .SelectMany(c => (c["parameters"] as JsonArray ?? []).OfType<JsonObject>())
            .ToList();

    private static GraphError NotFound(string name, string language) => new(
        404,
        132001,
        "Template name does not exist in the translation",
        $"template name ({name}) does not exist in {language}");

    private static GraphError Mismatch(string details) =>
        new(400, 132000, "Number of parameters does not match the expected number of params", details);
}
