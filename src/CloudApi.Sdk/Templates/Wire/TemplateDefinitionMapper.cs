using System.Text.Json;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>
/// Maps template components and buttons between Meta's JSON and the public definition types, both ways. A component or a
/// button of a type the SDK does not type (or one whose known type comes in a shape it cannot read) is kept as raw JSON.
/// </summary>
internal static class TemplateDefinitionMapper
{
    public static IReadOnlyList<TemplateDefinitionComponent> ReadComponents(List<JsonElement>? elements)
    {
        if (elements is not { Count: > 0 })
        {
            return [];
        }

        var components = new TemplateDefinitionComponent[elements.Count];
        for (var i = 0; i < components.Length; i++)
        {
            components[i] = ReadComponent(elements[i]);
        }

        return components;
    }

    public static List<JsonElement> WriteComponents(IReadOnlyList<TemplateDefinitionComponent> components)
    {
        var elements = new List<JsonElement>(components.Count);
        foreach (var component in components)
        {
            elements.Add(component is RawTemplateComponent raw
                ? raw.RawJson
                : JsonSerializer.SerializeToElement(ToWire(component), WhatsAppJsonContext.Default.TemplateComponentWire));
        }

        return elements;
    }

    private static TemplateDefinitionComponent ReadComponent(JsonElement element)
    {
        var type = TypeOf(element);
        if (type is "HEADER" or "BODY" or "FOOTER" or "BUTTONS" && TryRead(element, WhatsAppJsonContext.Default.TemplateComponentWire) is { } wire)
        {
            var example = wire.Example;
            switch (type)
            {
                case "HEADER":
                    return new TemplateHeader(wire.Format ?? TemplateHeaderFormat.Text)
                    {
                        Text = wire.Text,
                        TextExamples = Strings(example?.HeaderText),
                        NamedTextExamples = Named(example?.HeaderTextNamedParams),
                        MediaHandles = Strings(example?.HeaderHandle),
                    };
                case "BODY":
                    return new TemplateBody(wire.Text)
                    {
                        Examples = example?.BodyText is [var row, ..] ? Strings(row) : null,
                        NamedExamples = Named(example?.BodyTextNamedParams),
                        AddSecurityRecommendation = wire.AddSecurityRecommendation,
                    };
                case "FOOTER":
                    return new TemplateFooter(wire.Text) { CodeExpirationMinutes = wire.CodeExpirationMinutes };
                default:
                    return new TemplateButtons(ReadButtons(wire.Buttons));
            }
        }

        return new RawTemplateComponent(string.IsNullOrEmpty(type) ? "UNKNOWN" : type, element.Clone());
    }

    private static TemplateButton[] ReadButtons(List<JsonElement>? elements)
    {
        if (elements is not { Count: > 0 })
        {
            return [];
        }

        var buttons = new TemplateButton[elements.Count];
        for (var i = 0; i < buttons.Length; i++)
        {
            buttons[i] = ReadButton(elements[i]);
        }

        return buttons;
    }

    private static TemplateButton ReadButton(JsonElement element)
    {
        var wire = TryRead(element, WhatsAppJsonContext.Default.TemplateButtonWire);
        var type = wire?.Type ?? default;
        TemplateButton? button = wire is null ? null : ToButton(wire, type);
        return button ?? new RawTemplateButton(type, element.Clone()) { Text = wire?.Text };
    }

    private static TemplateButton? ToButton(TemplateButtonWire wire, TemplateButtonType type)
    {
        var text = wire.Text ?? string.Empty;
        var example = Example(wire.Example);
        if (type == TemplateButtonType.QuickReply)
        {
            return new TemplateQuickReplyButton(text);
        }

        if (type == TemplateButtonType.Url)
        {
            return new TemplateUrlButton(text, wire.Url ?? string.Empty, example);
        }

        if (type == TemplateButtonType.PhoneNumber)
        {
            return new TemplatePhoneNumberButton(text, wire.PhoneNumber ?? string.Empty);
        }

        if (type == TemplateButtonType.CopyCode)
        {
            return new TemplateCopyCodeButton(example ?? string.Empty) { Text = wire.Text };
        }

        if (type == TemplateButtonType.Otp && wire.OtpType is { } otpType && !string.IsNullOrEmpty(otpType.Value))
        {
            return new TemplateOtpButton(otpType)
            {
                Text = wire.Text,
                AutofillText = wire.AutofillText,
                PackageName = wire.PackageName,
                SignatureHash = wire.SignatureHash,
            };
        }

        if (type == TemplateButtonType.VoiceCall)
        {
            return new TemplateVoiceCallButton(text) { TtlMinutes = wire.TtlMinutes is >= 1 and <= TemplateVoiceCallButton.MaxTtlMinutes ? wire.TtlMinutes : null };
        }

        if (type == TemplateButtonType.CallPermissionRequest)
        {
            return new TemplateCallPermissionRequestButton { Text = wire.Text };
        }

        if (type == TemplateButtonType.Flow)
        {
            return new TemplateFlowButton(text, wire.FlowId ?? string.Empty) { NavigateScreen = wire.NavigateScreen, FlowAction = wire.FlowAction };
        }

        return null;
    }

    private static TemplateComponentWire ToWire(TemplateDefinitionComponent component) => component switch
    {
        TemplateHeader header => new TemplateComponentWire
        {
            Type = header.Type,
            Format = header.Format,
            Text = header.Text,
            Example = header.TextExamples is { Count: > 0 } || header.NamedTextExamples is { Count: > 0 } || header.MediaHandles is { Count: > 0 }
                ? new TemplateExampleWire
                {
                    HeaderText = List(header.TextExamples),
                    HeaderTextNamedParams = Named(header.NamedTextExamples),
                    HeaderHandle = List(header.MediaHandles),
                }
                : null,
        },
        TemplateBody body => new TemplateComponentWire
        {
            Type = body.Type,
            Text = body.Text,
            AddSecurityRecommendation = body.AddSecurityRecommendation,
            Example = body.Examples is { Count: > 0 } || body.NamedExamples is { Count: > 0 }
                ? new TemplateExampleWire
                {
                    BodyText = body.Examples is { Count: > 0 } examples ? [[.. examples]] : null,
                    BodyTextNamedParams = Named(body.NamedExamples),
                }
                : null,
        },
        TemplateFooter footer => new TemplateComponentWire { Type = footer.Type, Text = footer.Text, CodeExpirationMinutes = footer.CodeExpirationMinutes },
        TemplateButtons buttons => new TemplateComponentWire { Type = buttons.Type, Buttons = [.. buttons.Buttons.Select(WriteButton)] },
        _ => throw new WhatsAppValidationException("components", $"A {component.GetType().Name} component cannot be written."),
    };

    private static JsonElement WriteButton(TemplateButton button)
    {
        if (button is RawTemplateButton raw)
        {
            return raw.RawJson;
        }

        var wire = new TemplateButtonWire { Type = button.Type, Text = button.Text };
        switch (button)
        {
            case TemplateUrlButton url:
                wire.Url = url.Url;
                wire.Example = url.Example is null ? null : JsonSerializer.SerializeToElement<List<string>>([url.Example], WhatsAppJsonContext.Default.ListString);
                break;
            case TemplatePhoneNumberButton phone:
                wire.PhoneNumber = phone.PhoneNumber;
                break;
            case TemplateCopyCodeButton copy:
                wire.Example = JsonSerializer.SerializeToElement(copy.Example, WhatsAppJsonContext.Default.String);
                break;
            case TemplateOtpButton otp:
                wire.OtpType = otp.OtpType;
                wire.AutofillText = otp.AutofillText;
                wire.PackageName = otp.PackageName;
                wire.SignatureHash = otp.SignatureHash;
                break;
            case TemplateVoiceCallButton voice:
                wire.TtlMinutes = voice.TtlMinutes;
                break;
            case TemplateFlowButton flow:
                wire.FlowId = flow.FlowId;
                wire.NavigateScreen = flow.NavigateScreen;
                wire.FlowAction = flow.FlowAction;
                break;
        }

        return JsonSerializer.SerializeToElement(wire, WhatsAppJsonContext.Default.TemplateButtonWire);
    }

    private static string? TypeOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type"u8, out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()!.ToUpperInvariant()
            : null;

    /// <summary>Reads a known type's shape; <see langword="null"/> when the element is not in that shape, so it is kept raw.</summary>
    private static T? TryRead<T>(JsonElement element, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return element.Deserialize(type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A URL button's example is an array of one string; a copy-code button's is a string (sent) or an array (read).</summary>
    private static string? Example(JsonElement? example) => example switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Array } e when e.GetArrayLength() > 0 && e[0].ValueKind == JsonValueKind.String => e[0].GetString(),
        _ => null,
    };

    private static List<TemplateNamedExample>? Named(List<TemplateNamedParamWire>? values) =>
        values?.Select(v => new TemplateNamedExample(v.ParamName ?? string.Empty, v.Example ?? string.Empty)).ToList();

    private static List<TemplateNamedParamWire>? Named(IReadOnlyList<TemplateNamedExample>? values) =>
        values is { Count: > 0 } ? [.. values.Select(v => new TemplateNamedParamWire { ParamName = v.ParamName, Example = v.Example })] : null;

    private static List<string>? Strings(List<string>? values) => values?.Where(v => v is not null).ToList();

    private static List<string>? List(IReadOnlyList<string>? values) => values is { Count: > 0 } ? [.. values] : null;
}
