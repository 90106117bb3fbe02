namespace CloudApi.Sdk.Templates;

/// <summary>An example value for a named variable (<c>{"param_name":"guests","example":"4"}</c>).</summary>
/// <param name="ParamName">The variable's name as written between the braces, e.g. <c>guests</c> for <c>{{guests}}</c>.</param>
/// <param name="Example">A realistic example value that reviewers see.</param>
public sealed record TemplateNamedExample(string ParamName, string Example);
