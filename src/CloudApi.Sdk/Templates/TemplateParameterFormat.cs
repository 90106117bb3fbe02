using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// How a template's variables are written (<c>parameter_format</c>): <c>{{1}}</c> or <c>{{name}}</c>.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<TemplateParameterFormat>))]
public readonly partial struct TemplateParameterFormat
{
    /// <summary><c>POSITIONAL</c>: Numbered variables <c>{{1}}</c>, <c>{{2}}</c>, ... (Meta's default).</summary>
    public static TemplateParameterFormat Positional { get; } = new("POSITIONAL");

    /// <summary><c>NAMED</c>: Named variables such as <c>{{first_name}}</c>.</summary>
    public static TemplateParameterFormat Named { get; } = new("NAMED");
}
