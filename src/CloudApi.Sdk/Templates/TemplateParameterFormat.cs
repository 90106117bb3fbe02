using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// How a template's variables are written (<c>parameter_format</c>): <c>{{1}}</c> or <c>{{name}}</c>.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<TemplateParameterFormat>))]
public readonly record struct TemplateParameterFormat : IStringValue<TemplateParameterFormat>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public TemplateParameterFormat(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>POSITIONAL</c>: Numbered variables <c>{{1}}</c>, <c>{{2}}</c>, ... (Meta's default).</summary>
    public static TemplateParameterFormat Positional { get; } = new("POSITIONAL");

    /// <summary><c>NAMED</c>: Named variables such as <c>{{first_name}}</c>.</summary>
    public static TemplateParameterFormat Named { get; } = new("NAMED");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static TemplateParameterFormat IStringValue<TemplateParameterFormat>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
