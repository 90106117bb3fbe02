namespace CloudApi.Sdk.Templates;

/// <summary>
/// One component of a message template: <see cref="TemplateHeader"/>, <see cref="TemplateBody"/>, <see cref="TemplateFooter"/>,
/// <see cref="TemplateButtons"/>, or a <see cref="RawTemplateComponent"/> for kinds this SDK does not type (carousel, limited-time offer).
/// The same types describe a template you create or edit and a template Meta answers.
/// </summary>
public abstract class TemplateDefinitionComponent
{
    private protected TemplateDefinitionComponent()
    {
    }

    /// <summary>The component's <c>type</c>: <c>HEADER</c>, <c>BODY</c>, <c>FOOTER</c>, <c>BUTTONS</c>, ...</summary>
    public abstract string Type { get; }
}
