using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// A component of a screen's layout (<c>layout.children</c>): text, an input, a choice, an image, a link, the footer, or a
/// container (<see cref="If"/>, <see cref="Switch"/>, <see cref="Form"/>). A component this SDK does not type, or cannot
/// type, is a <see cref="RawFlowComponent"/>.
/// </summary>
public abstract class FlowComponent
{
    private FlowValue<bool>? _visible;
    private IReadOnlyDictionary<string, JsonElement> _additionalProperties = FlowJsonWriting.NoProperties;

    private protected FlowComponent()
    {
    }

    /// <summary>The component's <c>type</c>, as Meta names it (e.g. <c>TextInput</c>).</summary>
    public abstract string Type { get; }

    /// <summary>
    /// Whether the component is shown (<c>visible</c>): a literal or a reference such as <c>${data.show_terms}</c>.
    /// Default <see langword="null"/>: not written (shown).
    /// </summary>
    public FlowValue<bool>? Visible { get => _visible; init => _visible = value; }

    /// <summary>
    /// Properties this SDK does not type, written after the typed ones exactly as given; the reader keeps here every
    /// property it does not know (e.g. from a newer Flow JSON version), so the component round-trips.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get => _additionalProperties;
        init => _additionalProperties = FlowJsonWriting.CopyRest(value, nameof(AdditionalProperties));
    }

    /// <summary>The <c>name</c> a form value is stored under, for the components that have one.</summary>
    internal virtual string? InputName => null;

    /// <summary>The actions of the component, with their property path relative to it.</summary>
    internal virtual IEnumerable<(string Property, FlowAction Action)> Actions => [];

    /// <summary>The component lists inside a container, with their property path relative to it.</summary>
    internal virtual IReadOnlyList<(string Property, IReadOnlyList<FlowComponent> Children)> Nested => [];

    /// <summary>Whether only one of <see cref="Nested"/> is shown at a time (the branches of If and Switch).</summary>
    internal virtual bool NestedAreAlternatives => false;

    /// <summary>Writes the component as a JSON object.</summary>
    internal virtual void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        WriteProperties(writer);
        FlowJsonWriting.Value(writer, "visible", Visible);
        FlowJsonWriting.Rest(writer, AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>Checks the component's own limits (lengths, counts); the screen checks the rules across components.</summary>
    internal virtual void ValidateLimits(FlowValidator validator, string path)
    {
    }

    /// <summary>Reads the properties every component has, and keeps the untyped ones; the last step of reading.</summary>
    internal void ReadCommon(FlowObjectReader reader)
    {
        _visible = reader.Bool("visible");
        _additionalProperties = reader.Rest();
    }

    private protected abstract void WriteProperties(Utf8JsonWriter writer);
}
