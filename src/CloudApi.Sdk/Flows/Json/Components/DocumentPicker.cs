using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>Lets the user attach documents (<c>DocumentPicker</c>, Flow JSON 4.0+); answers arrive as encrypted media.</summary>
public sealed class DocumentPicker : FlowComponent
{
    /// <summary>Creates a <c>DocumentPicker</c>.</summary>
    /// <param name="name">The field name, unique on the screen.</param>
    /// <param name="label">The label.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public DocumentPicker(string name, string label)
    {
        Validate.NotEmpty(name, "DocumentPicker.name");
        Name = name;
        Validate.NotEmpty(label, "DocumentPicker.label");
        Label = label;
    }

    /// <inheritdoc/>
    public override string Type => "DocumentPicker";

    /// <summary>The field name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The label (<c>label</c>).</summary>
    public string Label { get; }

    /// <summary>A description under the label (<c>description</c>). Default <see langword="null"/>: not written.</summary>
    public string? Description { get; init; }

    /// <summary>The largest document, in KiB (<c>max-file-size-kb</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MaxFileSizeKb { get; init; }

    /// <summary>The fewest documents (<c>min-uploaded-documents</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MinUploadedDocuments { get; init; }

    /// <summary>The most documents (<c>max-uploaded-documents</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MaxUploadedDocuments { get; init; }

    /// <summary>The MIME types that can be attached (<c>allowed-mime-types</c>). Default <see langword="null"/>: not written.</summary>
    public IReadOnlyList<string>? AllowedMimeTypes { get; init => field = value is null ? null : Validate.ReadOnly(Validate.Copy(value, "DocumentPicker.allowed-mime-types")); }

    /// <summary>Whether documents can be added (<c>enabled</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Enabled { get; init; }

    /// <summary>An error shown under the field (<c>error-message</c>). Default <see langword="null"/>: not written.</summary>
    public string? ErrorMessage { get; init; }

    internal override string? InputName => Name;

    internal static DocumentPicker Read(FlowObjectReader r) => new(r.RequiredString("name"), r.RequiredString("label"))
    {
        Description = r.String("description"),
        MaxFileSizeKb = r.Int("max-file-size-kb"),
        MinUploadedDocuments = r.Int("min-uploaded-documents"),
        MaxUploadedDocuments = r.Int("max-uploaded-documents"),
        AllowedMimeTypes = r.Strings("allowed-mime-types"),
        Enabled = r.Bool("enabled"),
        ErrorMessage = r.String("error-message"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        writer.WriteString("label", Label);
        FlowJsonWriting.String(writer, "description", Description);
        FlowJsonWriting.Value(writer, "max-file-size-kb", MaxFileSizeKb);
        FlowJsonWriting.Value(writer, "min-uploaded-documents", MinUploadedDocuments);
        FlowJsonWriting.Value(writer, "max-uploaded-documents", MaxUploadedDocuments);
        FlowJsonWriting.Strings(writer, "allowed-mime-types", AllowedMimeTypes);
        FlowJsonWriting.Value(writer, "enabled", Enabled);
        FlowJsonWriting.String(writer, "error-message", ErrorMessage);
    }
}
