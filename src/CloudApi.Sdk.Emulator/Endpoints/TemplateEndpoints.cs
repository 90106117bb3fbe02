using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Message templates: list (filters and cursor paging), get, create (<c>PENDING</c>, then <c>APPROVED</c> after
/// <see cref="EmulatorOptions.TemplateApprovalDelay"/>), edit, and delete by name or by id.
/// </summary>
internal static class TemplateEndpoints
{
    private static readonly string[] Categories = ["MARKETING", "UTILITY", "AUTHENTICATION"];

    public static Task ListAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        var state = context.State();
        var now = state.Now;
        var query = context.Request.Query;
        var templates = state.Templates.ForAccount(waba.Id)
            .Where(t => Matches(query["name"], t.Name, contains: true)
                && Matches(query["status"], t.StatusAt(now))
                && Matches(query["category"], t.Category)
                && Matches(query["language"], t.Language))
            .ToList();
        return context.WriteJsonAsync(Paging.Page(context, templates, t => t.Id, t => t.ToJson(now)));
    }

    public static Task GetAsync(HttpContext context, StoredTemplate template) =>
        context.WriteJsonAsync(Fields.Select(context, template.ToJson(context.State().Now)));

    public static async Task CreateAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var name = JsonRules.RequireString(body, "name", string.Empty, 512);
        if (!name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw GraphError.InvalidParameter("Param name must contain only lower-case letters, digits and underscores.");
        }

        var language = JsonRules.RequireString(body, "language", string.Empty);
        var category = JsonRules.OneOf(JsonRules.RequireString(body, "category", string.Empty).ToUpperInvariant(), "category", Categories);
        var format = JsonRules.OptionalString(body, "parameter_format", string.Empty)?.ToUpperInvariant() ?? "POSITIONAL";
        JsonRules.OneOf(format, "parameter_format", "POSITIONAL", "NAMED");
        JsonArray components;
        var approveAt = state.Now + state.Options.TemplateApprovalDelay;
        if (JsonRules.OptionalString(body, "library_template_name", string.Empty) is { } libraryName)
        {
            // A library template is pre-approved: its content comes from the library, the account gives its button values.
            var entry = TemplateLibrary.Find(libraryName) ?? throw GraphError.InvalidParameter($"Param library_template_name '{libraryName}' is not a template of the library.");
            if (entry.Category != category)
            {
                throw GraphError.InvalidParameter($"Library template '{libraryName}' is a {entry.Category} template, not {category}.");
            }

            components = TemplateLibraryEndpoints.Components(entry, body);
            approveAt = state.Now;
        }
        else
        {
            components = JsonRules.RequireArray(body, "components", string.Empty, 1, 20);
            ValidateComponents(state, components);
        }
        if (state.Templates.Exists(waba.Id, name, language))
        {
            throw new GraphError(400, 100, "Invalid parameter", $"Content in this language already exists for template '{name}' ({language}).", 2388024);
        }

        var template = new StoredTemplate
        {
            Id = state.Ids.NextGraphId(),
            BusinessAccountId = waba.Id,
            Name = name,
            Language = language,
            Category = category,
            ParameterFormat = format,
            Components = (JsonArray)components.DeepClone(),
            ApproveAt = approveAt,
        };
        state.Templates.Add(template);
        await context.WriteJsonAsync(new JsonObject { ["id"] = template.Id, ["status"] = template.StatusAt(state.Now), ["category"] = category }).ConfigureAwait(false);
    }

    public static async Task EditAsync(HttpContext context, StoredTemplate template)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var category = JsonRules.OptionalString(body, "category", string.Empty)?.ToUpperInvariant();
        if (category is not null)
        {
            JsonRules.OneOf(category, "category", Categories);
        }

        var components = JsonRules.OptionalArray(body, "components", string.Empty, 1, 20);
        if (components is not null)
        {
            ValidateComponents(state, components);
        }

        if (category is null && components is null && body["message_send_ttl_seconds"] is null)
        {
            throw GraphError.MissingParameter("Param category, components or message_send_ttl_seconds is required.");
        }

        if (template.StatusAt(state.Now) is not ("APPROVED" or "REJECTED" or "PAUSED"))
        {
            throw new GraphError(400, 100, "Invalid parameter", $"Template {template.Id} cannot be edited while {template.StatusAt(state.Now)}.");
        }

        state.Templates.Edit(template, category, components is null ? null : (JsonArray)components.DeepClone());
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    public static Task DeleteAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        var state = context.State();
        var name = context.Request.Query["name"].ToString();
        if (name.Length == 0)
        {
            throw GraphError.MissingParameter("Param name is required.");
        }

        var id = context.Request.Query["hsm_id"].ToString();
        if (state.Templates.Remove(waba.Id, name, id.Length == 0 ? null : id) == 0)
        {
            throw new GraphError(400, 100, "Invalid parameter", $"Message template '{name}'{(id.Length == 0 ? string.Empty : $" with id {id}")} not found.");
        }

        return context.WriteSuccessAsync();
    }

    private static void ValidateComponents(EmulatorState state, JsonArray components)
    {
        foreach (var (component, path) in JsonRules.Objects(components, "components"))
        {
            var type = JsonRules.RequireString(component, "type", path).ToUpperInvariant();
            JsonRules.OneOf(type, $"{path}.type", "HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER");
            switch (type)
            {
                case "HEADER":
                    var format = JsonRules.RequireString(component, "format", path).ToUpperInvariant();
                    if (format == "TEXT")
                    {
                        JsonRules.RequireString(component, "text", path, 60);
                    }
                    else if (format is "IMAGE" or "VIDEO" or "DOCUMENT")
                    {
                        UploadedHandles.CheckHeaderExample(state, component, path);
                    }

                    break;
                case "BODY" when component["add_security_recommendation"] is null:
                    JsonRules.RequireString(component, "text", path, 1024);
                    break;
                case "FOOTER" when component["code_expiration_minutes"] is null:
                    JsonRules.RequireString(component, "text", path, 60);
                    break;
                case "BUTTONS":
                    JsonRules.RequireArray(component, "buttons", path, 1, 10);
                    break;
            }
        }
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues filter, string value, bool contains = false)
    {
        var text = filter.ToString();
        if (text.Length == 0)
        {
            return true;
        }

        return contains
            ? value.Contains(text, StringComparison.OrdinalIgnoreCase)
            : text.Split(',', StringSplitOptions.TrimEntries).Contains(value, StringComparer.OrdinalIgnoreCase);
    }
}
