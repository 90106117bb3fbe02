using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>An item of a <c>data-source</c> (Dropdown, RadioButtonsGroup, CheckboxGroup, ChipsSelector).</summary>
public sealed class FlowOption
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The id the form value holds when the item is selected.</param>
    /// <param name="title">The text shown, up to 30 characters.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="id"/> or <paramref name="title"/> is empty.</exception>
    public FlowOption(string id, string title)
    {
        Validate.NotEmpty(id, "data-source.id");
        Validate.NotEmpty(title, "data-source.title");
        Id = id;
        Title = title;
    }

    /// <summary>The id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The text shown (<c>title</c>).</summary>
    public string Title { get; }

    /// <summary>A second line (<c>description</c>). Default <see langword="null"/>: not written.</summary>
    public string? Description { get; init; }

    /// <summary>A text shown at the end of the item (<c>metadata</c>). Default <see langword="null"/>: not written.</summary>
    public string? Metadata { get; init; }

    /// <summary>Whether the item can be selected (<c>enabled</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Enabled { get; init; }

    /// <summary>An image, base64-encoded (<c>image</c>, Flow JSON 5.0+). Default <see langword="null"/>: not written.</summary>
    public string? Image { get; init; }

    /// <summary>The text read by screen readers for <see cref="Image"/> (<c>alt-text</c>). Default <see langword="null"/>: not written.</summary>
    public string? AltText { get; init; }

    /// <summary>Properties this SDK does not type, written after the typed ones; the reader keeps the ones it does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get;
        init => field = FlowJsonWriting.CopyRest(value, nameof(AdditionalProperties));
    } = FlowJsonWriting.NoProperties;

    internal static FlowOption? Read(JsonElement json) => FlowReading.Typed(json, static r => new FlowOption(r.RequiredString("id"), r.RequiredString("title"))
    {
        Description = r.String("description"),
        Metadata = r.String("metadata"),
        Enabled = r.Bool("enabled"),
        Image = r.String("image"),
        AltText = r.String("alt-text"),
        AdditionalProperties = r.Rest(),
    });

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        writer.WriteString("title", Title);
        FlowJsonWriting.String(writer, "description", Description);
        FlowJsonWriting.String(writer, "metadata", Metadata);
        FlowJsonWriting.Value(writer, "enabled", Enabled);
        FlowJsonWriting.String(writer, "image", Image);
        FlowJsonWriting.String(writer, "alt-text", AltText);
        FlowJsonWriting.Rest(writer, AdditionalProperties);
        writer.WriteEndObject();
    }
}
