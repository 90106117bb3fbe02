using System.CommandLine.Parsing;
using System.Globalization;

namespace CloudApi.Sdk.Cli.Commands;

/// <summary>Parses a whole number with a lower bound, so "abc" and "0" are usage errors that name the option; <c>fallback</c> when it is not given.</summary>
internal static class Integers
{
    public static Func<ArgumentResult, int> AtLeast(int minimum, string name, int fallback) => result =>
    {
        if (result.Tokens.Count == 0)
        {
            return fallback;
        }

        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name} takes a whole number, not '{text}'.");
            return minimum;
        }

        if (value < minimum)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {minimum}, not {value}."));
        }

        return value;
    };
}
