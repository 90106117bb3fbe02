using System.Text.Json;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// A component this SDK does not type (e.g. <c>CAROUSEL</c>, <c>LIMITED_TIME_OFFER</c>, or a kind Meta adds later), kept as
/// its JSON: read templates keep it, and it is written back verbatim when creating or editing. It is not validated.
/// </summary>
public sealed class RawTemplateComponent : TemplateDefinitionComponent
{
    /// <summary>Creates a component from its JSON object.</summary>
    /// <param name="type">The component's <c>type</c>.</param>
    /// <param name="json">The whole component as a JSON object, including <c>type</c>.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="type"/> is empty, or <paramref name="json"/> is not a JSON object.</exception>
    public RawTemplateComponent(string type, string json)
    {
        Validate.NotEmpty(type, "type");
        Type = type;
        RawJson = TemplateRawJson.ParseObject(json, "components");
    }

    internal RawTemplateComponent(string type, JsonElement json)
    {
        Type = type;
        RawJson = json;
    }

    /// <inheritdoc/>
    public override string Type { get; }

    /// <summary>The component's JSON object, as text.</summary>
    public string Json => RawJson.GetRawText();

    /// <summary>The component's JSON object.</summary>
    public JsonElement RawJson { get; }
}
