using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Meta's template library: <c>GET /message_template_library</c> (filters, cursor paging) over a few built-in templates, a
/// template created from one (<c>library_template_name</c>, approved at once), and <c>POST /{template-id}/unpause</c>.
/// </summary>
internal static class TemplateLibraryEndpoints
{
    public static Task ListAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var search = query["search"].ToString();
        var entries = TemplateLibrary.All
            .Where(t => (search.Length == 0 || t.Name.Contains(search, StringComparison.OrdinalIgnoreCase) || t.Body.Contains(search, StringComparison.OrdinalIgnoreCase))
                && Is(query["topic"], t.Topic) && Is(query["usecase"], t.Usecase) && Is(query["industry"], t.Industry) && Is(query["language"], "en_US"))
            .ToList();
        return context.WriteJsonAsync(Paging.Page(context, entries, t => t.Id, t => t.ToJson()));
    }

    /// <summary>The components of a template made from <paramref name="entry"/> with the account's button inputs.</summary>
    public static JsonArray Components(LibraryEntry entry, JsonObject body)
    {
        var components = new JsonArray();
        if (entry.Header is not null)
        {
            components.Add(new JsonObject { ["type"] = "HEADER", ["format"] = "TEXT", ["text"] = entry.Header });
        }

        components.Add(new JsonObject
        {
            ["type"] = "BODY",
            ["text"] = entry.Body,
            ["example"] = new JsonObject { ["body_text"] = new JsonArray(new JsonArray([.. entry.BodyParams.Select(p => (JsonNode)p)])) },
        });
        if (entry.Buttons.Length == 0)
        {
            return components;
        }

        var inputs = JsonRules.OptionalArray(body, "library_template_button_inputs", string.Empty, 1, 10) ?? [];
        var buttons = new JsonArray();
        for (var i = 0; i < entry.Buttons.Length; i++)
        {
            var button = entry.Buttons[i];
            var input = inputs.OfType<JsonObject>().FirstOrDefault(o => string.Equals(o["type"]?.GetValue<string>(), button.Type, StringComparison.OrdinalIgnoreCase));
            var json = button.ToJson();
            switch (button.Type)
            {
                case "URL":
                    var url = (input?["url"] as JsonObject) ?? throw Missing(entry, "URL", "url.base_url");
                    json["url"] = JsonRules.RequireString(url, "base_url", "library_template_button_inputs.url");
                    break;
                case "PHONE_NUMBER":
                    json["phone_number"] = input is null ? throw Missing(entry, "PHONE_NUMBER", "phone_number")
                        : JsonRules.RequireString(input, "phone_number", "library_template_button_inputs", 20);
                    break;
                case "OTP":
                    json["otp_type"] = input?["otp_type"]?.GetValue<string>() ?? "COPY_CODE";
                    break;
            }

            buttons.Add(json);
        }

        components.Add(new JsonObject { ["type"] = "BUTTONS", ["buttons"] = buttons });
        return components;
    }

    public static Task UnpauseAsync(HttpContext context)
    {
        var state = context.State();
        var id = context.RouteId();
        var template = state.Templates.Find(id) ?? throw GraphError.UnknownObject(id);
        var status = template.StatusAt(state.Now);
        if (status != "PAUSED")
        {
            throw new GraphError(400, 100, "Invalid parameter", $"Template {id} is {status}; only a paused template can be unpaused.");
        }

        state.Templates.SetStatus(template, "APPROVED");
        return context.WriteSuccessAsync();
    }

    private static GraphError Missing(LibraryEntry entry, string type, string field) =>
        GraphError.InvalidParameter($"Library template '{entry.Name}' has a {type} button: library_template_button_inputs needs its {field}.");

    private static bool Is(Microsoft.Extensions.Primitives.StringValues filter, string value) =>
        filter.ToString() is not { Length: > 0 } text || string.Equals(text, value, StringComparison.OrdinalIgnoreCase);
}
