using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A button's parameter: <c>{"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"STOP"}]}</c>.
/// Create it with <see cref="TemplateComponent.QuickReplyButton"/>, <see cref="TemplateComponent.UrlButton"/>,
/// <see cref="TemplateComponent.CopyCodeButton"/>, <see cref="TemplateComponent.FlowButton"/>, <see cref="TemplateComponent.CatalogButton"/>
/// or <see cref="TemplateComponent.MultiProductButton"/>.
/// </summary>
public sealed class TemplateButtonComponent : TemplateComponent
{
    private readonly JsonEncodedText _encodedSubType;
    private readonly TemplateParameter[] _parameters;

    internal TemplateButtonComponent(string subType, JsonEncodedText encodedSubType, int index, TemplateParameter parameter)
    {
        Validate.Range(index, 0, MaxButtons - 1, "template.components.index");
        SubType = subType;
        _encodedSubType = encodedSubType;
        Index = index;
        _parameters = [parameter];
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

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Button);
        writer.WriteString(JsonNames.SubType, _encodedSubType);
        writer.WriteIntegerAsString(JsonNames.Index, Index);
        WriteParameters(writer, _parameters);
        writer.WriteEndObject();
    }
}
