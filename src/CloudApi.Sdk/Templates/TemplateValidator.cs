namespace CloudApi.Sdk.Templates;

/// <summary>Checks a template creation or edit against Meta's rules, naming the failing field as in the JSON.</summary>
internal static class TemplateValidator
{
    /// <summary>An authentication upsert: the components as an authentication template's, with one OTP button.</summary>
    public static void ValidateUpsert(UpsertAuthenticationTemplateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateComponents(request.Components, TemplateParameterFormat.Positional, TemplateCategory.Authentication);
        var otp = request.Components.OfType<TemplateButtons>().SelectMany(static b => b.Buttons).Count(static b => b is TemplateOtpButton);
        if (otp != 1)
        {
            throw new WhatsAppValidationException("components.buttons", $"An authentication template has exactly one OTP button; this one has {otp}.", 1);
        }
    }

    public static void ValidateCreate(CreateTemplateRequest request)
    {
        // The name, language and category were checked when the request was built.
        ArgumentNullException.ThrowIfNull(request);
        ValidateComponents(request.Components, request.ParameterFormat ?? TemplateParameterFormat.Positional, request.Category);
    }

    public static void ValidateEdit(EditTemplateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Category is null && request.Components is null && request.MessageSendTtlSeconds is null)
        {
            throw new WhatsAppValidationException("components", "An edit must change the category, the components or message_send_ttl_seconds.");
        }

        if (request.Components is not null)
        {
            ValidateComponents(request.Components, format: null, request.Category);
        }
    }

    /// <summary>The longest delivery time-to-live Meta keeps a message for: 30 days.</summary>
    public const int MaxTtlSeconds = 30 * 24 * 60 * 60;

    /// <summary>Returns <paramref name="seconds"/> after checking it is 1 to <see cref="MaxTtlSeconds"/>.</summary>
    public static int? Ttl(int? seconds)
    {
        if (seconds is { } value)
        {
            Validate.Range(value, 1, MaxTtlSeconds, "message_send_ttl_seconds");
        }

        return seconds;
    }

    public static void ValidateName(string? name, string field)
    {
        Validate.Text(name, TemplateLimits.MaxNameLength, field);
        foreach (var c in name!)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                throw new WhatsAppValidationException(field,
                    $"{field} '{name}' may hold only lower-case letters, digits and underscores.");
            }
        }
    }

    /// <param name="components">The components.</param>
    /// <param name="format">The declared parameter format, or <see langword="null"/> to infer it from the variables (edits).</param>
    /// <param name="category">The category, when known.</param>
    private static void ValidateComponents(IReadOnlyList<TemplateDefinitionComponent>? components, TemplateParameterFormat? format, TemplateCategory? category)
    {
        if (components is null || components.Count == 0)
        {
            throw new WhatsAppValidationException("components", "components is required: a template needs at least a body.");
        }

        int headers = 0, bodies = 0, footers = 0, buttonGroups = 0;
        for (var i = 0; i < components.Count; i++)
        {
            var field = $"components[{i}]";
            switch (components[i])
            {
                case TemplateHeader header:
                    headers++;
                    ValidateHeader(header, format, field);
                    break;
                case TemplateBody body:
                    bodies++;
                    ValidateBody(body, format, category, field);
                    break;
                case TemplateFooter footer:
                    footers++;
                    ValidateFooter(footer, field);
                    break;
                case TemplateButtons buttons:
                    buttonGroups++;
                    ValidateButtons(buttons, field);
                    break;
            }
        }

        if (headers > 1 || bodies > 1 || footers > 1 || buttonGroups > 1)
        {
            throw new WhatsAppValidationException("components", "A template has at most one header, one body, one footer and one buttons component.", 1);
        }

        if (bodies == 0)
        {
            throw new WhatsAppValidationException("components", "A template needs a BODY component.");
        }
    }

    private static void ValidateHeader(TemplateHeader header, TemplateParameterFormat? format, string field)
    {
        if (string.IsNullOrEmpty(header.Format.Value))
        {
            throw new WhatsAppValidationException(field + ".format", $"{field}.format is required.");
        }

        if (header.Format == TemplateHeaderFormat.Text)
        {
            Validate.Text(header.Text, TemplateLimits.MaxHeaderTextLength, field + ".text");
            var variables = ValidateVariables(header.Text, header.TextExamples, header.NamedTextExamples, format, field, "header_text");
            if (variables > 1)
            {
                throw new WhatsAppValidationException(field + ".text", $"{field}.text has {variables} variables; a header allows 1.", 1);
            }

            return;
        }

        if (header.Text is not null)
        {
            throw new WhatsAppValidationException(field + ".text", $"A {header.Format} header has no text.");
        }

        if (header.Format == TemplateHeaderFormat.Image || header.Format == TemplateHeaderFormat.Video ||
            header.Format == TemplateHeaderFormat.Document || header.Format == TemplateHeaderFormat.Gif)
        {
            if (header.MediaHandles is not { Count: > 0 } handles || handles.Any(string.IsNullOrWhiteSpace))
            {
                throw new WhatsAppValidationException(field + ".example.header_handle",
                    $"A {header.Format} header needs an example media handle from a resumable upload.");
            }
        }
    }

    private static void ValidateBody(TemplateBody body, TemplateParameterFormat? format, TemplateCategory? category, string field)
    {
        if (body.Text is null && category == TemplateCategory.Authentication)
        {
            return;
        }

        Validate.Text(body.Text, TemplateLimits.MaxBodyTextLength, field + ".text");
        ValidateVariables(body.Text, body.Examples, body.NamedExamples, format, field, "body_text");
        var text = body.Text!.Trim();
        if (text.StartsWith("{{", StringComparison.Ordinal) || text.EndsWith("}}", StringComparison.Ordinal))
        {
            throw new WhatsAppValidationException(field + ".text",
                $"{field}.text may not start or end with a variable (Meta rejects it with 2388299); add words around it.");
        }
    }

    private static void ValidateFooter(TemplateFooter footer, string field)
    {
        if (footer.CodeExpirationMinutes is { } minutes && minutes is < 1 or > TemplateLimits.MaxCodeExpirationMinutes)
        {
            throw new WhatsAppValidationException(field + ".code_expiration_minutes",
                $"{field}.code_expiration_minutes is {minutes}; it must be 1 to {TemplateLimits.MaxCodeExpirationMinutes}.", TemplateLimits.MaxCodeExpirationMinutes);
        }

        if (footer.Text is null && footer.CodeExpirationMinutes is not null)
        {
            return;
        }

        Validate.Text(footer.Text, TemplateLimits.MaxFooterTextLength, field + ".text");
        if (TemplatePlaceholders.Find(footer.Text).Count > 0)
        {
            throw new WhatsAppValidationException(field + ".text", $"{field}.text may not contain variables.");
        }
    }

    private static void ValidateButtons(TemplateButtons component, string field)
    {
        var buttons = component.Buttons;
        Validate.Count(buttons?.Count ?? 0, 1, TemplateLimits.MaxButtons, field + ".buttons");
        int urls = 0, phones = 0, copyCodes = 0, quickReplyRuns = 0;
        var previousWasQuickReply = false;
        for (var i = 0; i < buttons!.Count; i++)
        {
            var button = buttons[i] ?? throw new WhatsAppValidationException($"{field}.buttons[{i}]", $"{field}.buttons[{i}] is null.");
            var buttonField = $"{field}.buttons[{i}]";
            var isQuickReply = button is TemplateQuickReplyButton;
            if (isQuickReply && !previousWasQuickReply)
            {
                quickReplyRuns++;
            }

            previousWasQuickReply = isQuickReply;
            switch (button)
            {
                case TemplateQuickReplyButton:
                case TemplateFlowButton:
                case TemplateVoiceCallButton:
                    Validate.Text(button.Text, TemplateLimits.MaxButtonTextLength, buttonField + ".text");
                    if (button is TemplateFlowButton flow)
                    {
                        Validate.Text(flow.FlowId, 64, buttonField + ".flow_id");
                    }

                    break;
                case TemplateUrlButton url:
                    urls++;
                    Validate.Text(button.Text, TemplateLimits.MaxButtonTextLength, buttonField + ".text");
                    ValidateUrl(url, buttonField);
                    break;
                case TemplatePhoneNumberButton phone:
                    phones++;
                    Validate.Text(button.Text, TemplateLimits.MaxButtonTextLength, buttonField + ".text");
                    Validate.Text(phone.PhoneNumber, TemplateLimits.MaxButtonPhoneNumberLength, buttonField + ".phone_number");
                    break;
                case TemplateCopyCodeButton copy:
                    copyCodes++;
                    Validate.OptionalText(button.Text, TemplateLimits.MaxButtonTextLength, buttonField + ".text");
                    Validate.Text(copy.Example, TemplateLimits.MaxCopyCodeExampleLength, buttonField + ".example");
                    break;
                case TemplateCallPermissionRequestButton:
                    Validate.OptionalText(button.Text, TemplateLimits.MaxButtonTextLength, buttonField + ".text");
                    break;
                case TemplateOtpButton otp:
                    Validate.OptionalText(button.Text, TemplateLimits.MaxButtonTextLength, buttonField + ".text");
                    if (string.IsNullOrEmpty(otp.OtpType.Value))
                    {
                        throw new WhatsAppValidationException(buttonField + ".otp_type", $"{buttonField}.otp_type is required.");
                    }

                    break;
                default:
                    Validate.MaxLength(button.Text, TemplateLimits.MaxButtonTextLength, buttonField + ".text");
                    break;
            }
        }

        CountAtMost(urls, TemplateLimits.MaxUrlButtons, "URL", field);
        CountAtMost(phones, TemplateLimits.MaxPhoneNumberButtons, "PHONE_NUMBER", field);
        CountAtMost(copyCodes, TemplateLimits.MaxCopyCodeButtons, "COPY_CODE", field);
        if (quickReplyRuns > 1)
        {
            throw new WhatsAppValidationException(field + ".buttons", "QUICK_REPLY buttons must be grouped together, not mixed between other buttons.");
        }
    }

    private static void ValidateUrl(TemplateUrlButton button, string field)
    {
        Validate.Text(button.Url, TemplateLimits.MaxButtonUrlLength, field + ".url");
        var variables = TemplatePlaceholders.Find(button.Url);
        var hasVariable = variables.Count > 0;
        if (hasVariable && (variables.Count > 1 || variables[0] != "1" || !button.Url.TrimEnd().EndsWith("}}", StringComparison.Ordinal)))
        {
            throw new WhatsAppValidationException(field + ".url", $"{field}.url may hold one variable, {{{{1}}}}, at its end only.");
        }

        var fixedPart = hasVariable ? button.Url[..button.Url.IndexOf("{{", StringComparison.Ordinal)] : button.Url;
        if (!Uri.TryCreate(hasVariable ? fixedPart + "x" : fixedPart, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new WhatsAppValidationException(field + ".url", $"{field}.url '{button.Url}' must be an absolute http or https URL.");
        }

        if (hasVariable && string.IsNullOrWhiteSpace(button.Example))
        {
            throw new WhatsAppValidationException(field + ".example", $"{field}.url has a variable, so an example is required.");
        }

        if (!hasVariable && button.Example is not null)
        {
            throw new WhatsAppValidationException(field + ".example", $"{field}.url has no variable, so it takes no example.");
        }
    }

    private static void CountAtMost(int count, int max, string type, string field)
    {
        if (count > max)
        {
            throw new WhatsAppValidationException(field + ".buttons", $"{field}.buttons has {count} {type} buttons; the limit is {max}.", max);
        }
    }

    /// <summary>Checks that the examples match the variables of <paramref name="text"/>; returns the number of variables.</summary>
    private static int ValidateVariables(
        string? text, IReadOnlyList<string>? examples, IReadOnlyList<TemplateNamedExample>? namedExamples,
        TemplateParameterFormat? format, string field, string exampleName)
    {
        var variables = TemplatePlaceholders.Find(text);
        var exampleField = $"{field}.example.{exampleName}";
        if (variables.Count == 0)
        {
            if (examples is { Count: > 0 } || namedExamples is { Count: > 0 })
            {
                throw new WhatsAppValidationException(exampleField, $"{field}.text has no variables, so it takes no examples.");
            }

            return 0;
        }

        var named = format?.Equals(TemplateParameterFormat.Named) ?? !variables.All(TemplatePlaceholders.IsPositional);
        if (named)
        {
            foreach (var variable in variables)
            {
                if (!TemplatePlaceholders.IsValidName(variable))
                {
                    throw new WhatsAppValidationException(field + ".text",
                        $"{field}.text has the variable {{{{{variable}}}}}; named variables use lower-case letters and underscores (parameter_format is NAMED).");
                }
            }

            exampleField += "_named_params";
            if (examples is { Count: > 0 })
            {
                throw new WhatsAppValidationException(exampleField, $"{field} uses named variables: give named examples, not positional ones.");
            }

            var given = namedExamples?.Select(e => e?.ParamName).ToList() ?? [];
            var missing = variables.Except(given!, StringComparer.Ordinal).ToList();
            var extra = given.Except(variables, StringComparer.Ordinal).ToList();
            if (missing.Count > 0 || extra.Count > 0 || given.Count != variables.Count)
            {
                throw new WhatsAppValidationException(exampleField,
                    $"{exampleField} must give one example per variable ({string.Join(", ", variables)}); " +
                    $"missing: [{string.Join(", ", missing)}], unexpected or repeated: [{string.Join(", ", extra.Concat(given.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key)))}].",
                    variables.Count);
            }

            if (namedExamples!.Any(e => string.IsNullOrWhiteSpace(e.Example)))
            {
                throw new WhatsAppValidationException(exampleField, $"{exampleField} has an empty example.");
            }

            return variables.Count;
        }

        var numbers = new List<int>(variables.Count);
        foreach (var variable in variables)
        {
            if (!TemplatePlaceholders.IsPositional(variable) || !int.TryParse(variable, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                throw new WhatsAppValidationException(field + ".text",
                    $"{field}.text has the variable {{{{{variable}}}}}, but parameter_format is POSITIONAL: use {{{{1}}}}, {{{{2}}}}, ... or set parameter_format to NAMED.");
            }

            numbers.Add(number);
        }

        numbers.Sort();
        for (var i = 0; i < numbers.Count; i++)
        {
            if (numbers[i] != i + 1)
            {
                throw new WhatsAppValidationException(field + ".text",
                    $"{field}.text numbers its variables {string.Join(", ", numbers.Select(n => $"{{{{{n}}}}}"))}; they must run {{{{1}}}} to {{{{{numbers.Count}}}}} without gaps.");
            }
        }

        if (namedExamples is { Count: > 0 })
        {
            throw new WhatsAppValidationException(exampleField, $"{field} uses positional variables: give positional examples, not named ones.");
        }

        var count = examples?.Count ?? 0;
        if (count != variables.Count)
        {
            throw new WhatsAppValidationException(exampleField,
                $"{exampleField} has {count} example(s) for {variables.Count} variable(s); give exactly one per variable.", variables.Count);
        }

        if (examples!.Any(string.IsNullOrWhiteSpace))
        {
            throw new WhatsAppValidationException(exampleField, $"{exampleField} has an empty example.");
        }

        return variables.Count;
    }
}
