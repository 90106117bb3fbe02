using System.CommandLine.Parsing;

namespace CloudApi.Sdk.Cli.Commands;

/// <summary>Parses an http(s) address given on the command line (System.CommandLine has no parser of its own for <see cref="Uri"/>).</summary>
internal static class HttpAddress
{
    public static Uri? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        result.AddError($"'{text}' is not an absolute http:// or https:// address.");
        return null;
    }
}
