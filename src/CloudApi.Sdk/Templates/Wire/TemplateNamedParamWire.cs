namespace CloudApi.Sdk.Templates.Wire;

/// <summary>The example of a named variable: <c>{"param_name":"guests","example":"4"}</c>.</summary>
internal sealed class TemplateNamedParamWire
{
    public string? ParamName { get; set; }

    public string? Example { get; set; }
}
