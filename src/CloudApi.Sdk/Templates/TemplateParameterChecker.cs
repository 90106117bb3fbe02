namespace CloudApi.Sdk.Templates;

/// <summary>Compares the parameters of a template message with the template's definition.</summary>
internal static class TemplateParameterChecker
{
    public static void Check(MessageTemplate template, TemplateParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(parameters);
        var id = $"Template '{template.Name}' ({template.Language})";
        if (template.Status != TemplateStatus.Approved)
        {
            throw new WhatsAppValidationException("template.name",
                $"{id} is {template.Status}; only APPROVED templates can be sent.");
        }

        var named = template.ParameterFormat == TemplateParameterFormat.Named;
        var header = template.Components.OfType<TemplateHeader>().FirstOrDefault();
        var body = template.Components.OfType<TemplateBody>().FirstOrDefault();
        var buttons = template.Components.OfType<TemplateButtons>().FirstOrDefault()?.Buttons ?? [];

        if (header is null || header.Format == TemplateHeaderFormat.Text)
        {
            CheckText(id, "header", header?.Text, named, parameters.Header, "template.components.header");
        }
        else if ((parameters.Header?.Count ?? 0) != 1)
        {
            throw new WhatsAppValidationException("template.components.header",
                $"{id} has a {header.Format} header, which takes exactly 1 parameter ({header.Format.Value.ToLowerInvariant()}); the message gives {parameters.Header?.Count ?? 0}.", 1);
        }

        CheckText(id, "body", body?.Text, named, parameters.Body, "template.components.body");
        CheckButtons(id, buttons, parameters.Buttons);
    }

    private static void CheckText(string id, string component, string? text, bool named, TemplateComponentParameters? given, string field)
    {
        var variables = TemplatePlaceholders.Find(text);
        named = named || (variables.Count > 0 && !variables.All(TemplatePlaceholders.IsPositional));
        var count = given?.Count ?? 0;
        if (variables.Count == 0)
        {
            if (count > 0)
            {
                throw new WhatsAppValidationException(field, $"{id} has no {component} variables, but the message gives {count} {component} parameter(s).", 0);
            }

            return;
        }

        if (named)
        {
            if (given?.Names is not { } names)
            {
                throw new WhatsAppValidationException(field,
                    $"{id} uses named {component} parameters ({Braces(variables)}); the message must give them by parameter_name.", variables.Count);
            }

            var missing = variables.Except(names, StringComparer.Ordinal).ToList();
            var unexpected = names.Except(variables, StringComparer.Ordinal).ToList();
            if (missing.Count > 0 || unexpected.Count > 0 || names.Count != variables.Count)
            {
                throw new WhatsAppValidationException(field,
                    $"{id} expects the {component} parameters {Braces(variables)}; the message gives {Braces(names)}" +
                    (missing.Count > 0 ? $"; missing {Braces(missing)}" : string.Empty) +
                    (unexpected.Count > 0 ? $"; unknown {Braces(unexpected)}" : string.Empty) + ".",
                    variables.Count);
            }

            return;
        }

        if (given?.Names is not null)
        {
            throw new WhatsAppValidationException(field,
                $"{id} uses positional {component} parameters ({Braces(variables)}); the message gives named ones.", variables.Count);
        }

        if (count != variables.Count)
        {
            throw new WhatsAppValidationException(field,
                $"{id} has {variables.Count} {component} parameter(s) ({Braces(variables)}); the message gives {count}.", variables.Count);
        }
    }

    private static void CheckButtons(string id, IReadOnlyList<TemplateButton> buttons, IReadOnlyDictionary<int, int> given)
    {
        foreach (var (index, count) in given)
        {
            if (index < 0 || index >= buttons.Count)
            {
                throw new WhatsAppValidationException($"template.components.button[{index}]",
                    $"{id} has {buttons.Count} button(s); the message gives parameters to button index {index}.", buttons.Count);
            }
        }

        for (var i = 0; i < buttons.Count; i++)
        {
            var count = given.TryGetValue(i, out var c) ? c : 0;
            var field = $"template.components.button[{i}]";
            var button = buttons[i];
            switch (button)
            {
                case TemplateUrlButton url when TemplatePlaceholders.Find(url.Url).Count > 0:
                case TemplateCopyCodeButton:
                case TemplateOtpButton:
                    if (count != 1)
                    {
                        throw new WhatsAppValidationException(field,
                            $"{id}'s button {i} ({button.Type}) takes exactly 1 parameter; the message gives {count}.", 1);
                    }

                    break;
                case TemplateUrlButton:
                case TemplatePhoneNumberButton:
                    if (count != 0)
                    {
                        throw new WhatsAppValidationException(field,
                            $"{id}'s button {i} ({button.Type}) takes no parameters; the message gives {count}.", 0);
                    }

                    break;
                case TemplateQuickReplyButton:
                case TemplateFlowButton:
                    if (count > 1)
                    {
                        throw new WhatsAppValidationException(field,
                            $"{id}'s button {i} ({button.Type}) takes at most 1 parameter; the message gives {count}.", 1);
                    }

                    break;
            }
        }
    }

    private static string Braces(IEnumerable<string> names) => string.Join(", ", names.Select(n => "{{" + n + "}}"));
}
