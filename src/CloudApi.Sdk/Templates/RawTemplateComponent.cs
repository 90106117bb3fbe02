namespace CloudApi.Sdk.Templates;

/// <summary>
/// A component this SDK does not type (e.g. <c>CAROUSEL</c>, <c>LIMITED_TIME_OFFER</c>, or a kind Meta adds later), kept as
/// its JSON: read templates keep it, and it is written back verbatim when creating or editing. It is not validated.
/// </summary>
public sealed record RawTemplateComponent : TemplateDefinitionComponent
{
    /// <summary>Creates a component from its JSON object.</summary>
    /// <param name="type">The component's <c>type</c>.</param>
    /// <param name="json">The whole component as a JSON object, including <c>type</c>.</param>
    public RawTemplateComponent(string type, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(json);
        ComponentType = type;
        Json = json;
    }

    /// <inheritdoc/>
    public override string Type => ComponentType;

    /// <summary>The component's JSON object.</summary>
    public string Json { get; }

    private string ComponentType { get; }
}
