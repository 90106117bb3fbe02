using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A button's parameter: <c>{"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"STOP"}]}</c>.
/// Create it with <see cref="TemplateComponent.QuickReplyButton"/>, <see cref="TemplateComponent.UrlButton"/>,
/// <see cref="TemplateComponent.CopyCodeButton"/>, <see cref="TemplateComponent.FlowButton"/>, <see cref="TemplateComponent.CatalogButton"/>
/// <see cref="TemplateComponent.MultiProductButton"/>, or for any other kind <see cref="TemplateComponent.Button"/>.
/// The <c>index</c> is written as a string (<c>"0"</c>), as Meta's schema types it.
/// </summary>
public sealed partial class TemplateButtonComponent : TemplateComponent
{
    private readonly JsonEncodedText _encodedSubType;
    private readonly TemplateParameter[] _parameters;

    internal TemplateButtonComponent(string subType, JsonEncodedText encodedSubType, int index, params TemplateParameter[] parameters)
    {
        Validate.Range(index, 0, MaxButtons - 1, "template.components.index");
        SubType = subType;
        _encodedSubType = encodedSubType;
        Index = index;
        _parameters = parameters;
        Parameters = Validate.ReadOnly(_parameters);
    }

    /// <inheritdoc />
    public override string Type => "button";

    /// <summary>The button kind (<c>sub_type</c>): <c>quick_reply</c>, <c>url</c>, <c>copy_code</c>, <c>flow</c>, <c>catalog</c> or <c>mpm</c>.</summary>
    public string SubType { get; }

    /// <summary>The button's 0-based position in the template.</summary>
    public int Index { get; }

    /// <summary>The button's parameter (one).</summary>
    public IReadOnlyList<TemplateParameter> Parameters { get; }
}
