using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>Lets the user take or choose photos (<c>PhotoPicker</c>, Flow JSON 4.0+); answers arrive as encrypted media.</summary>
public sealed class PhotoPicker : FlowComponent
{
    /// <summary>Creates a <c>PhotoPicker</c>.</summary>
    /// <param name="name">The field name, unique on the screen.</param>
    /// <param name="label">The label.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public PhotoPicker(string name, string label)
    {
        Validate.NotEmpty(name, "PhotoPicker.name");
        Name = name;
        Validate.NotEmpty(label, "PhotoPicker.label");
        Label = label;
    }

    /// <inheritdoc/>
    public override string Type => "PhotoPicker";

    /// <summary>The field name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The label (<c>label</c>).</summary>
    public string Label { get; }

    /// <summary>A description under the label (<c>description</c>). Default <see langword="null"/>: not written.</summary>
    public string? Description { get; init; }

    /// <summary>Where photos come from: camera_gallery, camera or gallery (<c>photo-source</c>). Default <see langword="null"/>: not written.</summary>
    public FlowPhotoSource? PhotoSource { get; init; }

    /// <summary>The largest photo, in KiB (<c>max-file-size-kb</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MaxFileSizeKb { get; init; }

    /// <summary>The fewest photos (<c>min-uploaded-photos</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MinUploadedPhotos { get; init; }

    /// <summary>The most photos (<c>max-uploaded-photos</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MaxUploadedPhotos { get; init; }

    /// <summary>Whether photos can be added (<c>enabled</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Enabled { get; init; }

    /// <summary>An error shown under the field (<c>error-message</c>). Default <see langword="null"/>: not written.</summary>
    public string? ErrorMessage { get; init; }

    internal override string? InputName => Name;

    internal static PhotoPicker Read(FlowObjectReader r) => new(r.RequiredString("name"), r.RequiredString("label"))
    {
        Description = r.String("description"),
        PhotoSource = FlowReading.Extensible<FlowPhotoSource>(r.String("photo-source"), static s => new FlowPhotoSource(s)),
        MaxFileSizeKb = r.Int("max-file-size-kb"),
        MinUploadedPhotos = r.Int("min-uploaded-photos"),
        MaxUploadedPhotos = r.Int("max-uploaded-photos"),
        Enabled = r.Bool("enabled"),
        ErrorMessage = r.String("error-message"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        writer.WriteString("label", Label);
        FlowJsonWriting.String(writer, "description", Description);
        FlowJsonWriting.String(writer, "photo-source", PhotoSource?.Value);
        FlowJsonWriting.Value(writer, "max-file-size-kb", MaxFileSizeKb);
        FlowJsonWriting.Value(writer, "min-uploaded-photos", MinUploadedPhotos);
        FlowJsonWriting.Value(writer, "max-uploaded-photos", MaxUploadedPhotos);
        FlowJsonWriting.Value(writer, "enabled", Enabled);
        FlowJsonWriting.String(writer, "error-message", ErrorMessage);
    }
}
