using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// Reads and writes template components in Meta's shape. Reading is tolerant: an unknown component or button type is kept
/// as raw JSON, and an unknown property is ignored, so a template Meta extends still reads.
/// </summary>
internal sealed class TemplateComponentConverter : JsonConverter<TemplateDefinitionComponent>
{
    public override TemplateDefinitionComponent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A template component must be a JSON object.");
        }

        var type = String(element, "type") ?? string.Empty;
        var example = element.TryGetProperty("example", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        switch (type.ToUpperInvariant())
        {
            case "HEADER":
                return new TemplateHeader(new TemplateHeaderFormat(String(element, "format") ?? "TEXT"))
                {
                    Text = String(element, "text"),
                    TextExamples = Strings(example, "header_text"),
                    NamedTextExamples = Named(example, "header_text_named_params"),
                    MediaHandles = Strings(example, "header_handle"),
                };
            case "BODY":
                return new TemplateBody(String(element, "text"))
                {
                    Examples = example.ValueKind == JsonValueKind.Object && example.TryGetProperty("body_text", out var rows) &&
                        rows.ValueKind == JsonValueKind.Array && rows.GetArrayLength() > 0
                            ? StringArray(rows[0])
                            : null,
                    NamedExamples = Named(example, "body_text_named_params"),
                    AddSecurityRecommendation = Bool(element, "add_security_recommendation"),
                };
            case "FOOTER":
                return new TemplateFooter(String(element, "text")) { CodeExpirationMinutes = Int(element, "code_expiration_minutes") };
            case "BUTTONS":
                var buttons = new List<TemplateButton>();
                if (element.TryGetProperty("buttons", out var array) && array.ValueKind == JsonValueKind.Array)
                {
                    foreach (var button in array.EnumerateArray())
                    {
                        buttons.Add(ReadButton(button));
                    }
                }

                return new TemplateButtons(buttons);
            default:
                return new RawTemplateComponent(type.Length == 0 ? "UNKNOWN" : type, element.GetRawText());
        }
    }

    public override void Write(Utf8JsonWriter writer, TemplateDefinitionComponent value, JsonSerializerOptions options)
    {
        if (value is RawTemplateComponent raw)
        {
            writer.WriteRawValue(raw.Json);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type", value.Type);
        switch (value)
        {
            case TemplateHeader header:
                writer.WriteString("format", header.Format.Value);
                WriteOptional(writer, "text", header.Text);
                if (header.TextExamples is { Count: > 0 } || header.NamedTextExamples is { Count: > 0 } || header.MediaHandles is { Count: > 0 })
                {
                    writer.WriteStartObject("example");
                    WriteStrings(writer, "header_text", header.TextExamples);
                    WriteNamed(writer, "header_text_named_params", header.NamedTextExamples);
                    WriteStrings(writer, "header_handle", header.MediaHandles);
                    writer.WriteEndObject();
                }

                break;
            case TemplateBody body:
                WriteOptional(writer, "text", body.Text);
                if (body.AddSecurityRecommendation is { } security)
                {
                    writer.WriteBoolean("add_security_recommendation", security);
                }

                if (body.Examples is { Count: > 0 } || body.NamedExamples is { Count: > 0 })
                {
                    writer.WriteStartObject("example");
                    if (body.Examples is { Count: > 0 } examples)
                    {
                        writer.WriteStartArray("body_text");
                        WriteStrings(writer, null, examples);
                        writer.WriteEndArray();
                    }

                    WriteNamed(writer, "body_text_named_params", body.NamedExamples);
                    writer.WriteEndObject();
                }

                break;
            case TemplateFooter footer:
                WriteOptional(writer, "text", footer.Text);
                if (footer.CodeExpirationMinutes is { } minutes)
                {
                    writer.WriteNumber("code_expiration_minutes", minutes);
                }

                break;
            case TemplateButtons buttons:
                writer.WriteStartArray("buttons");
                foreach (var button in buttons.Buttons)
                {
                    WriteButton(writer, button);
                }

                writer.WriteEndArray();
                break;
        }

        writer.WriteEndObject();
    }

    private static TemplateButton ReadButton(JsonElement element)
    {
        var type = new TemplateButtonType(String(element, "type") ?? string.Empty);
        var text = String(element, "text");
        var example = element.TryGetProperty("example", out var e)
            ? e.ValueKind switch
            {
                JsonValueKind.String => e.GetString(),
                JsonValueKind.Array when e.GetArrayLength() > 0 && e[0].ValueKind == JsonValueKind.String => e[0].GetString(),
                _ => null,
            }
            : null;

        if (type == TemplateButtonType.QuickReply)
        {
            return new TemplateQuickReplyButton(text ?? string.Empty);
        }

        if (type == TemplateButtonType.Url)
        {
            return new TemplateUrlButton(text ?? string.Empty, String(element, "url") ?? string.Empty, example);
        }

        if (type == TemplateButtonType.PhoneNumber)
        {
            return new TemplatePhoneNumberButton(text ?? string.Empty, String(element, "phone_number") ?? string.Empty);
        }

        if (type == TemplateButtonType.CopyCode)
        {
            return new TemplateCopyCodeButton(example ?? string.Empty) { Text = text };
        }

        if (type == TemplateButtonType.Otp)
        {
            return new TemplateOtpButton(new OtpType(String(element, "otp_type") ?? string.Empty))
            {
                Text = text,
                AutofillText = String(element, "autofill_text"),
                PackageName = String(element, "package_name"),
                SignatureHash = String(element, "signature_hash"),
            };
        }

        if (type == TemplateButtonType.Flow)
        {
            return new TemplateFlowButton(text ?? string.Empty, String(element, "flow_id") ?? string.Empty)
            {
                NavigateScreen = String(element, "navigate_screen"),
                FlowAction = String(element, "flow_action"),
            };
        }

        return new RawTemplateButton(type, element.GetRawText()) { Text = text };
    }

    private static void WriteButton(Utf8JsonWriter writer, TemplateButton button)
    {
        if (button is RawTemplateButton raw)
        {
            writer.WriteRawValue(raw.Json);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type", button.Type.Value);
        WriteOptional(writer, "text", button.Text);
        switch (button)
        {
            case TemplateUrlButton url:
                writer.WriteString("url", url.Url);
                if (url.Example is not null)
                {
                    writer.WriteStartArray("example");
                    writer.WriteStringValue(url.Example);
                    writer.WriteEndArray();
                }

                break;
            case TemplatePhoneNumberButton phone:
                writer.WriteString("phone_number", phone.PhoneNumber);
                break;
            case TemplateCopyCodeButton copy:
                writer.WriteString("example", copy.Example);
                break;
            case TemplateOtpButton otp:
                writer.WriteString("otp_type", otp.OtpType.Value);
                WriteOptional(writer, "autofill_text", otp.AutofillText);
                WriteOptional(writer, "package_name", otp.PackageName);
                WriteOptional(writer, "signature_hash", otp.SignatureHash);
                break;
            case TemplateFlowButton flow:
                writer.WriteString("flow_id", flow.FlowId);
                WriteOptional(writer, "navigate_screen", flow.NavigateScreen);
                WriteOptional(writer, "flow_action", flow.FlowAction);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string? name, IReadOnlyList<string>? values)
    {
        if (values is not { Count: > 0 })
        {
            return;
        }

        if (name is null)
        {
            writer.WriteStartArray();
        }
        else
        {
            writer.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNamed(Utf8JsonWriter writer, string name, IReadOnlyList<TemplateNamedExample>? values)
    {
        if (values is not { Count: > 0 })
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStartObject();
            writer.WriteString("param_name", value.ParamName);
            writer.WriteString("example", value.Example);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool? Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static List<string>? Strings(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? StringArray(value) : null;

    private static List<string>? StringArray(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            list.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
        }

        return list;
    }

    private static List<TemplateNamedExample>? Named(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new List<TemplateNamedExample>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            list.Add(new TemplateNamedExample(String(item, "param_name") ?? string.Empty, String(item, "example") ?? string.Empty));
        }

        return list;
    }
}
