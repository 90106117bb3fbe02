using System.Text.RegularExpressions;

namespace CloudApi.Sdk.AspNetCore.Tests.Docs;

/// <summary>Reads compiled documentation examples (<c>// docs: name</c> … <c>// docs: end</c> regions) and the code blocks of the documents.</summary>
internal static partial class DocSnippets
{
    /// <summary>The Flows guide: management, Flow JSON and the data-exchange endpoint.</summary>
    public const string FlowsDocument = "flows.md";

    /// <summary>The lines between each <c>// docs: name</c> and the next <c>// docs: end</c>, each region de-indented, regions separated by a blank line.</summary>
    public static string MarkedRegions(string source, string name)
    {
        var regions = new List<string>();
        List<string>? current = null;
        foreach (var line in source.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed == $"// docs: {name}")
            {
                current = [];
            }
            else if (trimmed == "// docs: end" && current is not null)
            {
                regions.Add(Normalize(string.Join('\n', current)));
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        Assert.NotEmpty(regions);
        return string.Join("\n\n", regions);
    }

    /// <summary>The first <c>```csharp</c> block of <paramref name="markdown"/>, normalized.</summary>
    public static string FirstCodeBlock(string markdown)
    {
        var block = CodeBlock().Match(markdown);
        Assert.True(block.Success, "The section has no ```csharp block.");
        return Normalize(block.Groups["code"].Value);
    }

    /// <summary>Unix line ends, no trailing white space, no blank lines at either end, the common indentation removed.</summary>
    public static string Normalize(string code)
    {
        var lines = code.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(line => line.Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(line => line.Length == 0 ? line : line[indent..]));
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CloudApi.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CloudApi.Sdk.sln) is not above the test binaries.");
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
