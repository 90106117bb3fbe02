using System.Text.RegularExpressions;

namespace CloudApi.Sdk.Templates;

/// <summary>Finds the variables (<c>{{1}}</c>, <c>{{name}}</c>) of a template text.</summary>
internal static partial class TemplatePlaceholders
{
    /// <summary>The distinct variable names in order of first appearance (<c>1</c>, <c>2</c> or <c>first_name</c>).</summary>
    public static List<string> Find(string? text)
    {
        var names = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return names;
        }

        foreach (Match match in Placeholder().Matches(text))
        {
            var name = match.Groups[1].Value;
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Whether <paramref name="name"/> is a positional variable (<c>1</c>, <c>2</c>, ...).</summary>
    public static bool IsPositional(string name) => name.Length > 0 && name.All(char.IsAsciiDigit);

    /// <summary>Whether <paramref name="name"/> is a valid named variable: lower-case letters and underscores.</summary>
    public static bool IsValidName(string name) => NamedVariable().IsMatch(name);

    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedVariable();
}
