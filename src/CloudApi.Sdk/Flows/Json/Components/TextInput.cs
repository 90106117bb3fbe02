using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A one-line text field (<c>TextInput</c>); its value is <c>${form.name}</c>.</summary>
public sealed class TextInput : FlowComponent
{
    /// <summary>Creates a <c>TextInput</c>.</summary>
    /// <param name="name">The field name, unique on the screen.</param>
    /// <param name="label">The label, up to 20 characters.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public TextInput(string name, string label)
    {
        Validate.NotEmpty(name, "TextInput.name");
        Name = name;
        Validate.NotEmpty(label, "TextInput.label");
        Label = label;
    }

    /// <inheritdoc/>
    public override string Type => "TextInput";

    /// <summary>The field name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The label, up to 20 characters (<c>label</c>).</summary>
    public string Label { get; }

    /// <summary>The keyboard and check: text, number, email, password, passcode or phone (<c>input-type</c>). Default <see langword="null"/>: not written.</summary>
    public FlowInputType? InputType { get; init; }

    /// <summary>Whether a value is required (<c>required</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Required { get; init; }

    /// <summary>The fewest characters (<c>min-chars</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MinChars { get; init; }

    /// <summary>The most characters (<c>max-chars</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MaxChars { get; init; }

    /// <summary>A hint under the field, up to 80 characters (<c>helper-text</c>). Default <see langword="null"/>: not written.</summary>
    public string? HelperText { get; init; }

    /// <summary>A regular expression the value must match (Flow JSON 6.2+) (<c>pattern</c>). Default <see langword="null"/>: not written.</summary>
    public string? Pattern { get; init; }

    /// <summary>The initial value (<c>init-value</c>). Default <see langword="null"/>: not written.</summary>
    public string? InitValue { get; init; }

    /// <summary>An error shown under the field (<c>error-message</c>). Default <see langword="null"/>: not written.</summary>
    public string? ErrorMessage { get; init; }

    internal override string? InputName => Name;

    internal static TextInput Read(FlowObjectReader r) => new(r.RequiredString("name"), r.RequiredString("label"))
    {
        InputType = FlowReading.Extensible<FlowInputType>(r.String("input-type"), static s => new FlowInputType(s)),
        Required = r.Bool("required"),
        MinChars = r.Int("min-chars"),
        MaxChars = r.Int("max-chars"),
        HelperText = r.String("helper-text"),
        Pattern = r.String("pattern"),
        InitValue = r.String("init-value"),
        ErrorMessage = r.String("error-message"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        writer.WriteString("label", Label);
        FlowJsonWriting.String(writer, "input-type", InputType?.Value);
        FlowJsonWriting.Value(writer, "required", Required);
        FlowJsonWriting.Value(writer, "min-chars", MinChars);
        FlowJsonWriting.Value(writer, "max-chars", MaxChars);
        FlowJsonWriting.String(writer, "helper-text", HelperText);
        FlowJsonWriting.String(writer, "pattern", Pattern);
        FlowJsonWriting.String(writer, "init-value", InitValue);
        FlowJsonWriting.String(writer, "error-message", ErrorMessage);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "label", Label, FlowJsonLimits.InputLabel);
        validator.Text(path, "helper-text", HelperText, FlowJsonLimits.InputHelperText);
    }
}
