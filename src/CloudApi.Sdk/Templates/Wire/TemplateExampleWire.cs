namespace CloudApi.Sdk.Templates.Wire;

/// <summary>The <c>example</c> object of a header or body component.</summary>
internal sealed class TemplateExampleWire
{
    public List<string>? HeaderText { get; set; }

    public List<TemplateNamedParamWire>? HeaderTextNamedParams { get; set; }

    public List<string>? HeaderHandle { get; set; }

    /// <summary>One row of examples, one value per positional variable (<c>[["Ana","A-1"]]</c>).</summary>
    public List<List<string>>? BodyText { get; set; }

    public List<TemplateNamedParamWire>? BodyTextNamedParams { get; set; }
}
