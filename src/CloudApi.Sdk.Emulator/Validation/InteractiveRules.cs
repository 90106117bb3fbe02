using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.InteractiveParts;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>Rules for <c>"type":"interactive"</c>, one method per <c>interactive.type</c>, with Meta's documented limits.</summary>
internal static class InteractiveRules
{
    private static readonly Dictionary<string, Action<JsonObject, string>> Kinds = new(StringComparer.Ordinal)
    {
        ["button"] = Buttons,
        ["list"] = List,
        ["cta_url"] = CtaUrl,
        ["flow"] = Flow,
        ["location_request_message"] = LocationRequest,
        ["product"] = Product,
        ["product_list"] = ProductList,
        ["catalog_message"] = Catalog,
        ["order_details"] = OrderRules.Details,
        ["order_status"] = OrderRules.Status,
        ["call_permission_request"] = CallPermissionRequest,
        ["voice_call"] = VoiceCall,
    };

    public static void Validate(JsonObject interactive, string path)
    {
        var kind = RequireString(interactive, "type", path);
        if (!Kinds.TryGetValue(kind, out var rule))
        {
            throw Invalid($"Param {path}.type must be one of {{{string.Join(", ", Kinds.Keys)}}}, got '{kind}'.");
        }

        rule(interactive, path);
    }

    /// <summary>Reply buttons: 1–3, id ≤ 256 and title ≤ 20, both unique; header text or media.</summary>
    private static void Buttons(JsonObject interactive, string path)
    {
        Header(interactive, path, required: false, "text", "image", "video", "document");
        Body(interactive, path, 1024);
        Footer(interactive, path);
        var action = RequireObject(interactive, "action", path);
        var buttons = RequireArray(action, "buttons", $"{path}.action", 1, 3);
        var ids = new List<string>();
        var titles = new List<string>();
        foreach (var (button, buttonPath) in Objects(buttons, $"{path}.action.buttons"))
        {
            OneOf(RequireString(button, "type", buttonPath), $"{buttonPath}.type", "reply");
            var reply = RequireObject(button, "reply", buttonPath);
            ids.Add(RequireString(reply, "id", $"{buttonPath}.reply", 256));
            titles.Add(RequireString(reply, "title", $"{buttonPath}.reply", 20));
        }

        Unique(ids, $"{path}.action.buttons[].reply.id");
        Unique(titles, $"{path}.action.buttons[].reply.title");
    }

    /// <summary>List: button label ≤ 20, 1–10 sections, ≤ 10 rows in all; titles ≤ 24, descriptions ≤ 72, row ids ≤ 200.</summary>
    private static void List(JsonObject interactive, string path)
    {
        Header(interactive, path, required: false, "text");
        Body(interactive, path, 4096);
        Footer(interactive, path);
        var action = RequireObject(interactive, "action", path);
        RequireString(action, "button", $"{path}.action", 20);
        var sections = RequireArray(action, "sections", $"{path}.action", 1, 10);
        var rowIds = new List<string>();
        foreach (var (section, sectionPath) in Objects(sections, $"{path}.action.sections"))
        {
            if (sections.Count > 1)
            {
                RequireString(section, "title", sectionPath, 24);
            }
            else
            {
                OptionalString(section, "title", sectionPath, 24);
            }

            foreach (var (row, rowPath) in Objects(RequireArray(section, "rows", sectionPath, 1, 10), $"{sectionPath}.rows"))
            {
                rowIds.Add(RequireString(row, "id", rowPath, 200));
                RequireString(row, "title", rowPath, 24);
                OptionalString(row, "description", rowPath, 72);
            }
        }

        if (rowIds.Count > 10)
        {
            throw Invalid($"Param {path}.action.sections must have at most 10 rows in all, got {rowIds.Count}.");
        }

        Unique(rowIds, $"{path}.action.sections[].rows[].id");
    }

    private static void CtaUrl(JsonObject interactive, string path)
    {
        Header(interactive, path, required: false, "text", "image", "video", "document");
        Body(interactive, path, 1024);
        Footer(interactive, path);
        var parameters = RequireObject(NamedAction(interactive, path, "cta_url"), "parameters", $"{path}.action");
        RequireString(parameters, "display_text", $"{path}.action.parameters", 20);
        var url = RequireString(parameters, "url", $"{path}.action.parameters");
        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw Invalid($"Param {path}.action.parameters.url must be an absolute URL.");
        }
    }

    /// <summary>Flow: <c>flow_cta</c> ≤ 30 characters (Meta's spec: "advised 30 characters or less"), one of flow_id or flow_name.</summary>
    private static void Flow(JsonObject interactive, string path)
    {
        Header(interactive, path, required: false, "text", "image", "video", "document");
        Body(interactive, path, 1024);
        Footer(interactive, path);
        var parametersPath = $"{path}.action.parameters";
        var parameters = RequireObject(NamedAction(interactive, path, "flow"), "parameters", $"{path}.action");
        OneOf(RequireString(parameters, "flow_message_version", parametersPath), $"{parametersPath}.flow_message_version", "3");
        RequireString(parameters, "flow_cta", parametersPath, 30);
        var flowId = OptionalScalar(parameters, "flow_id", parametersPath);
        var flowName = OptionalString(parameters, "flow_name", parametersPath);
        if (flowId is null && flowName is null)
        {
            throw GraphErrorFor(parametersPath);
        }

        if (flowId is not null && flowName is not null)
        {
            throw Invalid($"Param {parametersPath} must have only one of flow_id or flow_name.");
        }

        OptionalString(parameters, "flow_token", parametersPath);
        if (OptionalString(parameters, "flow_action", parametersPath) is { } flowAction)
        {
            OneOf(flowAction, $"{parametersPath}.flow_action", "navigate", "data_exchange");
        }

        if (OptionalString(parameters, "mode", parametersPath) is { } mode)
        {
            OneOf(mode, $"{parametersPath}.mode", "draft", "published");
        }

        if (OptionalObject(parameters, "flow_action_payload", parametersPath) is { } payload)
        {
            OptionalString(payload, "screen", $"{parametersPath}.flow_action_payload");
            OptionalObject(payload, "data", $"{parametersPath}.flow_action_payload");
        }
    }

    private static void LocationRequest(JsonObject interactive, string path)
    {
        NoHeader(interactive, path, "location_request_message");
        Body(interactive, path, 1024);
        NamedAction(interactive, path, "send_location");
    }

    /// <summary>Asks the user for permission to call them (Calling API): a body and the action's name, as in Meta's spec.</summary>
    private static void CallPermissionRequest(JsonObject interactive, string path)
    {
        Header(interactive, path, required: false, "text", "image", "video", "document");
        Body(interactive, path, 1024);
        Footer(interactive, path);
        NamedAction(interactive, path, "call_permission_request");
    }

    /// <summary>Voice-call button: body, <c>display_text</c> ≤ 20, optional <c>ttl_minutes</c> (1 to 43,200) and <c>payload</c> (≤ 512).</summary>
    private static void VoiceCall(JsonObject interactive, string path)
    {
        NoHeader(interactive, path, "voice_call");
        Body(interactive, path, 1024);
        Footer(interactive, path);
        var parametersPath = $"{path}.action.parameters";
        var parameters = RequireObject(NamedAction(interactive, path, "voice_call"), "parameters", $"{path}.action");
        RequireString(parameters, "display_text", parametersPath, 20);
        if (parameters["ttl_minutes"] is not null && RequireInteger(parameters, "ttl_minutes", parametersPath, min: 1) > 43_200)
        {
            throw Invalid($"Param {parametersPath}.ttl_minutes must be at most 43200 (30 days).");
        }

        OptionalString(parameters, "payload", parametersPath, 512);
    }

    private static void Product(JsonObject interactive, string path)
    {
        NoHeader(interactive, path, "product");
        Body(interactive, path, 1024, required: false);
        Footer(interactive, path);
        var action = RequireObject(interactive, "action", path);
        RequireScalar(action, "catalog_id", $"{path}.action");
        RequireString(action, "product_retailer_id", $"{path}.action");
    }

    /// <summary>Multi-product: text header and body required; 1–10 sections, ≥ 1 item each, ≤ 30 items in all.</summary>
    private static void ProductList(JsonObject interactive, string path)
    {
        Header(interactive, path, required: true, "text");
        Body(interactive, path, 1024);
        Footer(interactive, path);
        var action = RequireObject(interactive, "action", path);
        RequireScalar(action, "catalog_id", $"{path}.action");
        var sections = RequireArray(action, "sections", $"{path}.action", 1, 10);
        var total = 0;
        foreach (var (section, sectionPath) in Objects(sections, $"{path}.action.sections"))
        {
            if (sections.Count > 1)
            {
                RequireString(section, "title", sectionPath, 24);
            }

            foreach (var (item, itemPath) in Objects(RequireArray(section, "product_items", sectionPath, 1, 30), $"{sectionPath}.product_items"))
            {
                RequireString(item, "product_retailer_id", itemPath);
                total++;
            }
        }

        if (total > 30)
        {
            throw Invalid($"Param {path}.action.sections must have at most 30 products in all, got {total}.");
        }
    }

    private static void Catalog(JsonObject interactive, string path)
    {
        NoHeader(interactive, path, "catalog_message");
        Body(interactive, path, 1024);
        Footer(interactive, path);
        var action = NamedAction(interactive, path, "catalog_message");
        if (OptionalObject(action, "parameters", $"{path}.action") is { } parameters)
        {
            OptionalString(parameters, "thumbnail_product_retailer_id", $"{path}.action.parameters");
        }
    }

    private static void RequireScalar(JsonObject parent, string name, string path)
    {
        if (OptionalScalar(parent, name, path) is null)
        {
            throw Missing(path, name);
        }
    }

    private static Endpoints.GraphError GraphErrorFor(string parametersPath) =>
        Endpoints.GraphError.MissingParameter($"Param {parametersPath} must have one of flow_id or flow_name.");
}
