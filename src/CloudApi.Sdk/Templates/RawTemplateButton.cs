using System.Text.Json;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// A button this SDK does not type (catalog, multi-product, voice call, or a kind Meta adds later), kept as JSON: read
/// templates keep it, and it is written back verbatim when creating or editing. It is not validated.
/// </summary>
public sealed class RawTemplateButton : TemplateButton
{
    /// <summary>Creates a button from its JSON object.</summary>
    /// <param name="type">The button's <c>type</c>.</param>
    /// <param name="json">The whole button as a JSON object, including <c>type</c>.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="json"/> is not a JSON object.</exception>
    public RawTemplateButton(TemplateButtonType type, string json)
    {
        Type = type;
        RawJson = TemplateRawJson.ParseObject(json, "buttons");
    }

    internal RawTemplateButton(TemplateButtonType type, JsonElement json)
    {
        Type = type;
        RawJson = json;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type { get; }

    /// <summary>The button's JSON object, as text.</summary>
    public string Json => RawJson.GetRawText();

    /// <summary>The button's JSON object.</summary>
    public JsonElement RawJson { get; }
}
