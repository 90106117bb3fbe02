namespace CloudApi.Sdk.Templates;

/// <summary>An example value for a named variable (<c>{"param_name":"guests","example":"4"}</c>).</summary>
public sealed class TemplateNamedExample
{
    /// <summary>Creates the example.</summary>
    /// <param name="paramName">The variable's name as written between the braces, e.g. <c>guests</c> for <c>{{guests}}</c>.</param>
    /// <param name="example">A realistic example value that reviewers see.</param>
    /// <exception cref="WhatsAppValidationException">A value is <see langword="null"/>.</exception>
    public TemplateNamedExample(string paramName, string example)
    {
        ParamName = paramName ?? throw new WhatsAppValidationException("param_name", "param_name is required.");
        Example = example ?? throw new WhatsAppValidationException("example", "example is required.");
    }

    /// <summary>The variable's name (<c>param_name</c>).</summary>
    public string ParamName { get; }

    /// <summary>The example value (<c>example</c>).</summary>
    public string Example { get; }

    /// <summary>Returns <c>name=example</c>.</summary>
    /// <returns>The example as text.</returns>
    public override string ToString() => ParamName + "=" + Example;
}
