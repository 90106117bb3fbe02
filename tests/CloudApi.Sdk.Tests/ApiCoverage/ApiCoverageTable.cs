using System.Text.RegularExpressions;
using CloudApi.Sdk.Tests.Messages;

namespace CloudApi.Sdk.Tests.ApiCoverage;

/// <summary>One row of <c>docs/api-coverage.md</c>: the operation, and the methods that call it (empty when the row gives a reason instead).</summary>
internal sealed record CoverageRow(string Operation, IReadOnlyList<string> Methods, string Cell);

/// <summary>Reads the coverage table of <c>docs/api-coverage.md</c> and the operations of Meta's spec.</summary>
internal static partial class ApiCoverageTable
{
    public static IReadOnlyList<CoverageRow> Rows { get; } = ReadRows();

    public static IReadOnlyList<string> SpecOperations { get; } = ReadSpecOperations();

    /// <summary>
    /// The rows of the table whose first cell is <c>`METHOD /path`</c>. A second cell made only of code spans
    /// <c>`Interface.Method`</c> separated by commas names methods; any other text is the reason the operation is not covered.
    /// </summary>
    private static List<CoverageRow> ReadRows()
    {
        var rows = new List<CoverageRow>();
        foreach (var line in File.ReadLines(RepositoryFiles.PathOf("docs/api-coverage.md")))
        {
            var match = RowPattern().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var cell = match.Groups["cell"].Value.Trim();
            var methods = MethodsPattern().IsMatch(cell)
                ? MethodPattern().Matches(cell).Select(m => m.Groups["method"].Value).ToList()
                : [];
            rows.Add(new CoverageRow(match.Groups["operation"].Value, methods, cell));
        }

        return rows;
    }

    /// <summary>
    /// The operations under <c>paths:</c> of the spec copied next to the tests: a path key at two spaces, its methods at four.
    /// </summary>
    private static List<string> ReadSpecOperations()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "TestData", "meta-openapi", "business-messaging-api_v23.0.yaml");
        var operations = new List<string>();
        var inPaths = false;
        string? path = null;
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                inPaths = line == "paths:";
                continue;
            }

            if (!inPaths)
            {
                continue;
            }

            if (PathKeyPattern().Match(line) is { Success: true } pathKey)
            {
                path = pathKey.Groups["path"].Value;
                path = path.StartsWith("/{Version}/", StringComparison.Ordinal) ? path["/{Version}".Length..] : path;
            }
            else if (path is not null && MethodKeyPattern().Match(line) is { Success: true } method)
            {
                operations.Add(method.Groups["method"].Value.ToUpperInvariant() + " " + path);
            }
        }

        return operations;
    }

    /// <summary>A regular expression of the request paths an operation matches: each <c>{X}</c> is one segment, after the client's version.</summary>
    public static Regex PathOf(string operation, string apiVersion)
    {
        var path = operation[(operation.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.StartsWith('{') && segment.EndsWith('}') ? "[^/]+" : Regex.Escape(segment));
        return new Regex("^/" + Regex.Escape(apiVersion) + "/" + string.Join('/', segments) + "$", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"^\|\s*`(?<operation>(GET|POST|PUT|PATCH|DELETE) /[^`]*)`\s*\|(?<cell>[^|]*)\|")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"^`I\w+\.\w+`(\s*,\s*`I\w+\.\w+`)*$")]
    private static partial Regex MethodsPattern();

    [GeneratedRegex(@"`(?<method>I\w+\.\w+)`")]
    private static partial Regex MethodPattern();

    [GeneratedRegex(@"^  (?<path>/\S*):\s*$")]
    private static partial Regex PathKeyPattern();

    [GeneratedRegex(@"^    (?<method>get|post|put|patch|delete):\s*$")]
    private static partial Regex MethodKeyPattern();
}
