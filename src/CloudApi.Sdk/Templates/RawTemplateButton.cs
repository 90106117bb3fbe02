namespace CloudApi.Sdk.Templates;

/// <summary>A button this SDK does not type (catalog, multi-product, voice call, or a kind Meta adds later), kept as JSON.</summary>
public sealed record RawTemplateButton : TemplateButton
{
    /// <summary>Creates a button from its JSON object.</summary>
    /// <param name="type">The button's <c>type</c>.</param>
    /// <param name="json">The whole button as a JSON object, including <c>type</c>.</param>
    public RawTemplateButton(TemplateButtonType type, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        ButtonType = type;
        Json = json;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => ButtonType;

    /// <summary>The button's JSON object.</summary>
    public string Json { get; }

    private TemplateButtonType ButtonType { get; }
}
