namespace CloudApi.Sdk.Templates;

/// <summary>
/// The parameters a template message gives one component (header or body): a count of positional parameters, or the names of
/// named ones. A media or location header takes one parameter.
/// </summary>
public sealed record TemplateComponentParameters
{
    /// <summary>Positional parameters (<c>{{1}}</c>, <c>{{2}}</c>, ...).</summary>
    /// <param name="count">How many parameters the message gives.</param>
    public TemplateComponentParameters(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
    }

    /// <summary>Named parameters (<c>parameter_name</c>).</summary>
    /// <param name="names">The parameter names the message gives.</param>
    public TemplateComponentParameters(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = names;
        Count = names.Count;
    }

    /// <summary>How many parameters the message gives.</summary>
    public int Count { get; }

    /// <summary>The names of named parameters; <see langword="null"/> for positional ones.</summary>
    public IReadOnlyList<string>? Names { get; }
}
