using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A multi-line text field (<c>TextArea</c>); its value is <c>${form.name}</c>.</summary>
public sealed class TextArea : FlowComponent
{
    /// <summary>Creates a <c>TextArea</c>.</summary>
    /// <param name="name">The field name, unique on the screen.</param>
    /// <param name="label">The label, up to 20 characters.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public TextArea(string name, string label)
    {
        Validate.NotEmpty(name, "TextArea.name");
        Name = name;
        Validate.NotEmpty(label, "TextArea.label");
        Label = label;
    }

    /// <inheritdoc/>
    public override string Type => "TextArea";

    /// <summary>The field name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The label, up to 20 characters (<c>label</c>).</summary>
    public string Label { get; }

    /// <summary>Whether a value is required (<c>required</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Required { get; init; }

    /// <summary>The most characters, up to 600 (<c>max-length</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MaxLength { get; init; }

    /// <summary>A hint under the field (<c>helper-text</c>). Default <see langword="null"/>: not written.</summary>
    public string? HelperText { get; init; }

    /// <summary>Whether the field can be edited (<c>enabled</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Enabled { get; init; }

    /// <summary>The initial value (<c>init-value</c>). Default <see langword="null"/>: not written.</summary>
    public string? InitValue { get; init; }

    /// <summary>An error shown under the field (<c>error-message</c>). Default <see langword="null"/>: not written.</summary>
    public string? ErrorMessage { get; init; }

    internal override string? InputName => Name;

    internal static TextArea Read(FlowObjectReader r) => new(r.RequiredString("name"), r.RequiredString("label"))
    {
        Required = r.Bool("required"),
        MaxLength = r.Int("max-length"),
        HelperText = r.String("helper-text"),
        Enabled = r.Bool("enabled"),
        InitValue = r.String("init-value"),
        ErrorMessage = r.String("error-message"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        writer.WriteString("label", Label);
        FlowJsonWriting.Value(writer, "required", Required);
        FlowJsonWriting.Value(writer, "max-length", MaxLength);
        FlowJsonWriting.String(writer, "helper-text", HelperText);
        FlowJsonWriting.Value(writer, "enabled", Enabled);
        FlowJsonWriting.String(writer, "init-value", InitValue);
        FlowJsonWriting.String(writer, "error-message", ErrorMessage);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "label", Label, FlowJsonLimits.InputLabel);
        validator.AtMost(path, "max-length", MaxLength, FlowJsonLimits.TextAreaMaxLength);
    }
}
