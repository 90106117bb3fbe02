using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// The Flows API: list and create flows of a WABA, read, update and delete one, upload and list its Flow JSON, publish
/// and deprecate it (DRAFT → PUBLISHED → DEPRECATED), migrate flows between WABAs and read endpoint metrics.
/// </summary>
internal static class FlowEndpoints
{
    /// <summary>Where the emulator serves an uploaded Flow JSON (the <c>download_url</c> of its asset).</summary>
    public const string FlowJsonPath = "/_emulator/flows/{id}/flow.json";

    private static readonly string[] Categories =
        ["SIGN_UP", "SIGN_IN", "APPOINTMENT_BOOKING", "LEAD_GENERATION", "CONTACT_US", "CUSTOMER_SUPPORT", "SURVEY", "OTHER"];

    private static readonly string[] DefaultFields = ["id", "name", "status", "categories", "validation_errors"];

    public static Task ListAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        var flows = context.State().Flows.ForAccount(waba.Id);
        return context.WriteJsonAsync(Paging.Page(context, flows, f => f.Id, f => Fields.Select(context, ToJson(context, f), DefaultFields)));
    }

    public static async Task CreateAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        var state = context.State();
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        var name = JsonRules.RequireString(body, "name", string.Empty);
        var categories = ReadCategories(body) ?? throw GraphError.MissingParameter("Param categories is required.");
        var flow = new StoredFlow
        {
            Id = state.Ids.NextGraphId(),
            BusinessAccountId = waba.Id,
            Name = name,
            Categories = categories,
            EndpointUri = ReadEndpoint(body),
        };
        if (JsonRules.OptionalScalar(body, "clone_flow_id", string.Empty) is { } cloneId)
        {
            var source = state.Flows.Find(cloneId) ?? throw GraphError.UnknownObject(cloneId);
            flow.FlowJson = source.FlowJson;
            flow.ValidationErrors = (JsonArray)source.ValidationErrors.DeepClone();
            flow.JsonVersion = source.JsonVersion;
            flow.DataApiVersion = source.DataApiVersion;
            flow.EndpointUri ??= source.EndpointUri;
        }

        var flowJson = body["flow_json"];
        if (flowJson is not null)
        {
            var text = flowJson is JsonValue value && value.TryGetValue<string>(out var s)
                ? s
                : throw GraphError.InvalidParameter("Param flow_json must be the Flow JSON as a string.");
            Store(flow, Encoding.UTF8.GetBytes(text));
        }

        var publish = Bool(body, "publish");
        if (publish && flowJson is null)
        {
            throw GraphError.InvalidParameter("Param publish needs flow_json.");
        }

        if (publish && flow.ValidationErrors.Count == 0)
        {
            CheckPublishable(flow, HasBusinessKey(state, waba.Id));
            flow.Status = "PUBLISHED";
        }

        state.Flows.Add(flow);
        var answer = new JsonObject { ["id"] = flow.Id, ["success"] = true };
        if (flowJson is not null)
        {
            answer["validation_errors"] = flow.ValidationErrors.DeepClone();
        }

        await context.WriteJsonAsync(answer).ConfigureAwait(false);
    }

    public static Task GetAsync(HttpContext context, StoredFlow flow)
    {
        var fields = context.Request.Query["fields"].ToString();
        if (fields.StartsWith("metric.", StringComparison.Ordinal))
        {
            return context.WriteJsonAsync(FlowMetrics.Answer(flow, fields, context.State().Now));
        }

        return context.WriteJsonAsync(Fields.Select(context, ToJson(context, flow), DefaultFields));
    }

    public static async Task UpdateAsync(HttpContext context, StoredFlow flow)
    {
        var state = context.State();
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        var name = JsonRules.OptionalString(body, "name", string.Empty, allowEmpty: false);
        var categories = ReadCategories(body);
        var endpoint = ReadEndpoint(body);
        var application = JsonRules.OptionalScalar(body, "application_id", string.Empty);
        if (name is null && categories is null && endpoint is null && application is null)
        {
            throw GraphError.MissingParameter("Param name, categories, endpoint_uri or application_id is required.");
        }

        state.Flows.Update(() =>
        {
            if (flow.Status == "DEPRECATED")
            {
                throw FlowError.Updating($"Flow {flow.Id} is deprecated: it can no longer be changed.");
            }

            flow.Name = name ?? flow.Name;
            flow.Categories = categories ?? flow.Categories;
            flow.EndpointUri = endpoint ?? flow.EndpointUri;
            flow.ApplicationId = application ?? flow.ApplicationId;
            return true;
        });
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    public static Task DeleteAsync(HttpContext context, StoredFlow flow)
    {
        if (!context.State().Flows.RemoveDraft(flow))
        {
            throw FlowError.Deleting($"Flow {flow.Id} is {flow.Status}: only a DRAFT flow can be deleted; deprecate a published one.");
        }

        return context.WriteSuccessAsync();
    }

    public static Task ListAssetsAsync(HttpContext context, StoredFlow flow)
    {
        var assets = new List<StoredFlow>();
        if (flow.FlowJson is not null)
        {
            assets.Add(flow);
        }

        var request = context.Request;
        var download = $"{request.Scheme}://{request.Host}{FlowJsonPath.Replace("{id}", flow.Id, StringComparison.Ordinal)}";
        return context.WriteJsonAsync(Paging.Page(context, assets, f => f.Id, _ => new JsonObject
        {
            ["name"] = "flow.json",
            ["asset_type"] = "FLOW_JSON",
            ["download_url"] = download,
        }));
    }

    public static async Task UploadAsync(HttpContext context, StoredFlow flow)
    {
        if (!context.Request.HasFormContentType)
        {
            throw GraphError.InvalidParameter("The Flow JSON must be sent as multipart/form-data with a file field.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (!string.Equals(form["asset_type"].ToString(), "FLOW_JSON", StringComparison.Ordinal))
        {
            throw form["asset_type"].Count == 0
                ? GraphError.MissingParameter("Param asset_type is required.")
                : GraphError.InvalidParameter("Param asset_type must be FLOW_JSON.");
        }

        var file = form.Files.GetFile("file") ?? throw GraphError.MissingParameter("Param file is required.");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var errors = context.State().Flows.Update(() => flow.Status == "DRAFT"
            ? Store(flow, buffer.ToArray())
            : throw FlowError.Updating($"Flow {flow.Id} is {flow.Status}: the Flow JSON of a published flow cannot change; clone it with clone_flow_id."));
        await context.WriteJsonAsync(new JsonObject { ["success"] = true, ["validation_errors"] = errors.DeepClone() }).ConfigureAwait(false);
    }

    public static Task DownloadJsonAsync(HttpContext context)
    {
        var id = context.RouteId();
        var flow = context.State().Flows.Find(id);
        if (flow?.FlowJson is not { } json)
        {
            throw GraphError.UnknownObject(id);
        }

        context.Response.ContentType = "application/json; charset=UTF-8";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }

    public static Task PublishAsync(HttpContext context, StoredFlow flow)
    {
        var state = context.State();
        var hasKey = HasBusinessKey(state, flow.BusinessAccountId);
        state.Flows.Update(() =>
        {
            if (flow.Status != "DRAFT")
            {
                throw FlowError.Publishing($"Flow {flow.Id} is {flow.Status}: only a DRAFT flow can be published.");
            }

            if (flow.FlowJson is null)
            {
                throw FlowError.Publishing($"Flow {flow.Id} has no Flow JSON: upload it before publishing.");
            }

            if (flow.ValidationErrors.Count > 0)
            {
                throw FlowError.Publishing($"Flow {flow.Id} has {flow.ValidationErrors.Count} validation error(s): fix the Flow JSON before publishing.");
            }

            CheckPublishable(flow, hasKey);
            flow.Status = "PUBLISHED";
            return true;
        });
        return context.WriteSuccessAsync();
    }

    public static Task DeprecateAsync(HttpContext context, StoredFlow flow)
    {
        context.State().Flows.Update(() =>
        {
            flow.Status = flow.Status == "PUBLISHED"
                ? "DEPRECATED"
                : throw FlowError.Deprecating($"Flow {flow.Id} is {flow.Status}: only a PUBLISHED flow can be deprecated.");
            return true;
        });
        return context.WriteSuccessAsync();
    }

    public static async Task MigrateAsync(HttpContext context, EmulatedBusinessAccount destination)
    {
        var state = context.State();
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        var sourceId = JsonRules.OptionalScalar(body, "source_waba_id", string.Empty) ?? throw GraphError.MissingParameter("Param source_waba_id is required.");
        if (!state.BusinessAccounts.ContainsKey(sourceId))
        {
            throw GraphError.UnknownObject(sourceId);
        }

        if (sourceId == destination.Id)
        {
            throw GraphError.InvalidParameter("Param source_waba_id must differ from the destination WABA.");
        }

        var names = StringList(body, "source_flow_names") ?? state.Flows.ForAccount(sourceId).Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
        var migrated = new JsonArray();
        var failed = new JsonArray();
        foreach (var name in names)
        {
            if (state.Flows.FindByName(sourceId, name) is not { } source)
            {
                failed.Add(new JsonObject
                {
                    ["source_name"] = name,
                    ["error_code"] = "4233041",
                    ["error_message"] = "Flows Migration Error: Flow name not found in source WABA.",
                });
                continue;
            }

            var copy = new StoredFlow
            {
                Id = state.Ids.NextGraphId(),
                BusinessAccountId = destination.Id,
                Name = source.Name,
                Categories = [.. source.Categories],
                EndpointUri = source.EndpointUri,
                FlowJson = source.FlowJson,
                ValidationErrors = (JsonArray)source.ValidationErrors.DeepClone(),
                JsonVersion = source.JsonVersion,
                DataApiVersion = source.DataApiVersion,
            };
            state.Flows.Add(copy);
            migrated.Add(new JsonObject { ["source_name"] = name, ["source_id"] = source.Id, ["migrated_id"] = copy.Id });
        }

        await context.WriteJsonAsync(new JsonObject { ["migrated_flows"] = migrated, ["failed_flows"] = failed }).ConfigureAwait(false);
    }

    /// <summary>Validates <paramref name="utf8"/> and stores it with its errors and versions; returns the errors.</summary>
    private static JsonArray Store(StoredFlow flow, byte[] utf8)
    {
        var result = FlowJsonValidator.Validate(utf8);
        flow.FlowJson = Encoding.UTF8.GetString(utf8);
        flow.ValidationErrors = result.Errors;
        flow.JsonVersion = result.Version;
        flow.DataApiVersion = result.DataApiVersion;
        return result.Errors;
    }

    /// <summary>A flow with an endpoint (its JSON has <c>data_api_version</c>) needs the endpoint and a business public key.</summary>
    private static void CheckPublishable(StoredFlow flow, bool hasBusinessKey)
    {
        if (flow.DataApiVersion is null)
        {
            return;
        }

        if (flow.EndpointUri is null)
        {
            throw FlowError.Publishing($"Flow {flow.Id} uses a data-exchange endpoint (data_api_version) but has no endpoint_uri.");
        }

        if (!hasBusinessKey)
        {
            throw FlowError.Publishing($"Flow {flow.Id} uses a data-exchange endpoint, but no phone number of WABA {flow.BusinessAccountId} has a business public key.");
        }
    }

    private static bool HasBusinessKey(EmulatorState state, string businessAccountId) =>
        state.PhoneNumbers.Values.Any(n => n.BusinessAccountId == businessAccountId && state.Flows.PublicKey(n.Id) is not null);

    private static JsonObject ToJson(HttpContext context, StoredFlow flow)
    {
        var state = context.State();
        var request = context.Request;
        var json = flow.ToListJson();
        json["json_version"] = flow.JsonVersion;
        json["data_api_version"] = flow.DataApiVersion;
        json["endpoint_uri"] = flow.EndpointUri;
        json["preview"] = new JsonObject
        {
            ["preview_url"] = $"{request.Scheme}://{request.Host}/_emulator/flows/{flow.Id}/preview",
            ["expires_at"] = (state.Now + TimeSpan.FromDays(30)).ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture),
        };
        var canSend = flow.Status switch
        {
            "DEPRECATED" or "BLOCKED" => "BLOCKED",
            "THROTTLED" => "LIMITED",
            _ => "AVAILABLE",
        };
        json["health_status"] = new JsonObject
        {
            ["can_send_message"] = canSend,
            ["entities"] = new JsonArray(
                new JsonObject { ["entity_type"] = "FLOW", ["id"] = flow.Id, ["can_send_message"] = canSend },
                new JsonObject { ["entity_type"] = "WABA", ["id"] = flow.BusinessAccountId, ["can_send_message"] = "AVAILABLE" }),
        };
        if (state.BusinessAccounts.GetValueOrDefault(flow.BusinessAccountId) is { } waba)
        {
            json["whatsapp_business_account"] = new JsonObject { ["id"] = waba.Id, ["name"] = waba.Name };
        }

        if (flow.ApplicationId is not null)
        {
            json["application"] = new JsonObject { ["id"] = flow.ApplicationId };
        }

        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            json.Remove(key);
        }

        return json;
    }

    /// <summary><c>categories</c>: a JSON array, or (in a form) a string holding one.</summary>
    private static List<string>? ReadCategories(JsonObject body)
    {
        var categories = StringList(body, "categories");
        if (categories is null)
        {
            return null;
        }

        if (categories.Count == 0)
        {
            throw GraphError.InvalidParameter("Param categories must hold at least one category.");
        }

        foreach (var category in categories)
        {
            JsonRules.OneOf(category, "categories", Categories);
        }

        return categories;
    }

    private static List<string>? StringList(JsonObject body, string name)
    {
        var node = body[name];
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw GraphError.InvalidParameter($"Param {name} must be a JSON array of strings.");
            }
        }

        return node switch
        {
            null => null,
            JsonArray array when array.All(i => i is JsonValue v && v.TryGetValue<string>(out _)) => [.. array.Select(i => i!.GetValue<string>())],
            _ => throw GraphError.InvalidParameter($"Param {name} must be an array of strings."),
        };
    }

    /// <summary><c>endpoint_uri</c>: https, or http on a loopback host so a local endpoint can be tested.</summary>
    private static string? ReadEndpoint(JsonObject body)
    {
        var text = JsonRules.OptionalString(body, "endpoint_uri", string.Empty, 2048, allowEmpty: false);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw GraphError.InvalidParameter("Param endpoint_uri must be an absolute https URL.");
        }

        return text;
    }

    private static bool Bool(JsonObject body, string name) => body[name] switch
    {
        null => false,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) && bool.TryParse(text, out var parsed) => parsed,
        _ => throw GraphError.InvalidParameter($"Param {name} must be a boolean."),
    };
}
