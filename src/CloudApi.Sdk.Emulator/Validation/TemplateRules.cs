using System.Text.Json;
using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>
/// Rules for <c>"type":"template"</c>: a name, a language code and well-formed components and parameters. Whether the
/// parameters match a stored template is checked separately (<see cref="TemplateSendCheck"/>).
/// </summary>
internal static class TemplateRules
{
    private static readonly string[] ComponentTypes = ["header", "body", "button", "carousel", "limited_time_offer"];

    public static void Validate(JsonObject template, string path)
    {
        RequireString(template, "name", path, 512);
        var language = RequireObject(template, "language", path);
        RequireString(language, "code", $"{path}.language");
        if (OptionalString(language, "policy", $"{path}.language") is { } policy)
        {
            OneOf(policy, $"{path}.language.policy", "deterministic", "fallback");
        }

        if (OptionalArray(template, "components", path, 0, int.MaxValue) is { } components)
        {
            Components(components, $"{path}.components");
        }
    }

    private static void Components(JsonArray components, string path)
    {
        foreach (var (component, componentPath) in Objects(components, path))
        {
            var type = OneOf(RequireString(component, "type", componentPath).ToLowerInvariant(), $"{componentPath}.type", ComponentTypes);
            switch (type)
            {
                case "button":
                    RequireString(component, "sub_type", componentPath);
                    if (OptionalScalar(component, "index", componentPath) is null)
                    {
                        throw Missing(componentPath, "index");
                    }

                    break;
                case "carousel":
                    foreach (var (card, cardPath) in Objects(RequireArray(component, "cards", componentPath, 1, 10), $"{componentPath}.cards"))
                    {
                        if (OptionalScalar(card, "card_index", cardPath) is null)
                        {
                            throw Missing(cardPath, "card_index");
                        }

                        Components(RequireArray(card, "components", cardPath, 1, int.MaxValue), $"{cardPath}.components");
                    }

                    continue;
            }

            if (OptionalArray(component, "parameters", componentPath, 0, int.MaxValue) is { } parameters)
            {
                foreach (var (parameter, parameterPath) in Objects(parameters, $"{componentPath}.parameters"))
                {
                    Parameter(parameter, parameterPath, inButton: type == "button");
                }
            }
        }
    }

    private static void Parameter(JsonObject parameter, string path, bool inButton)
    {
        var type = RequireString(parameter, "type", path);
        switch (type)
        {
            case "text" when inButton:
                ButtonText(parameter, path);
                break;
            case "text":
                RequireString(parameter, "text", path, 32768);
                OptionalString(parameter, "parameter_name", path);
                break;
            case "currency":
                var currency = RequireObject(parameter, "currency", path);
                RequireString(currency, "fallback_value", $"{path}.currency");
                RequireString(currency, "code", $"{path}.currency");
                if (currency["amount_1000"] is null)
                {
                    throw Missing($"{path}.currency", "amount_1000");
                }

                break;
            case "date_time":
                RequireString(RequireObject(parameter, "date_time", path), "fallback_value", $"{path}.date_time");
                break;
            case "image" or "video" or "document":
                MediaRules.Reference(RequireObject(parameter, type, path), $"{path}.{type}");
                break;
            case "location":
                var location = RequireObject(parameter, "location", path);
                RequireCoordinate(location, "latitude", $"{path}.location", 90);
                RequireCoordinate(location, "longitude", $"{path}.location", 180);
                break;
            case "payload":
                RequireString(parameter, "payload", path);
                break;
            case "coupon_code":
                RequireString(parameter, "coupon_code", path, 15);
                break;
            case "action" or "limited_time_offer" or "product":
                RequireObject(parameter, type, path);
                break;
            default:
                throw Invalid($"Param {path}.type must be one of {{text, currency, date_time, image, video, document, location, payload, coupon_code, action, limited_time_offer, product}}, got '{type}'.");
        }
    }

    /// <summary>
    /// A button's text parameter (a URL suffix, a one-time code): a string, or a number or boolean taken as its text, as
    /// Meta's own "Send Sample Issue Resolution Template" example sends <c>"text":true</c> on its quick-reply buttons.
    /// </summary>
    private static void ButtonText(JsonObject parameter, string path)
    {
        switch (parameter["text"]?.GetValueKind())
        {
            case null:
                throw Missing(path, "text");
            case JsonValueKind.String:
                RequireString(parameter, "text", path, 32768);
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                break;
            default:
                throw Invalid($"Param {path}.text must be a string.");
        }
    }
}
