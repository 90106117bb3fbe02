using System.Text.RegularExpressions;
using CloudApi.Sdk.Tests.Messages;

namespace CloudApi.Sdk.Tests.Partners;

/// <summary>
/// docs/tech-providers.md cannot drift from the code that runs against the emulator: each C# block, announced by
/// <c>&lt;!-- docs: name --&gt;</c>, equals the <c>// docs: name</c> region of <see cref="TechProvidersDocExamples"/>.
/// </summary>
public sealed partial class TechProvidersDocTests
{
    [Fact]
    public void Guide_EveryMarkedCodeBlock_IsTheRegionOfTheExamples()
    {
        var regions = Regions(File.ReadAllLines(RepositoryFiles.PathOf("tests/CloudApi.Sdk.Tests/Partners/TechProvidersDocExamples.cs")));
        var markdown = File.ReadAllText(RepositoryFiles.PathOf("docs/tech-providers.md")).ReplaceLineEndings("\n");
        var blocks = MarkedBlock().Matches(markdown).Select(m => (Name: m.Groups["name"].Value, Code: Dedent(m.Groups["code"].Value.Split('\n')))).ToList();

        Assert.Equal(regions.Keys.Order(StringComparer.Ordinal), blocks.Select(b => b.Name).Order(StringComparer.Ordinal));
        Assert.All(blocks, block => Assert.Equal(regions[block.Name], block.Code));
    }

    [Fact]
    public void Guide_IsLinkedFromTheReadme() =>
        Assert.Contains("(docs/tech-providers.md)", File.ReadAllText(RepositoryFiles.PathOf("README.md")), StringComparison.Ordinal);

    private static Dictionary<string, string> Regions(string[] lines)
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var start = lines[i].Trim();
            if (start.StartsWith("// docs: ", StringComparison.Ordinal) && start != "// docs: end")
            {
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "// docs: end");
                Assert.True(end > i, $"The region '{start}' has no '// docs: end'.");
                regions.Add(start["// docs: ".Length..], Dedent(lines[(i + 1)..end]));
                i = end;
            }
        }

        return regions;
    }

    private static string Dedent(IEnumerable<string> lines)
    {
        var kept = lines.Select(l => l.TrimEnd()).ToList();
        while (kept.Count > 0 && kept[0].Length == 0)
        {
            kept.RemoveAt(0);
        }

        while (kept.Count > 0 && kept[^1].Length == 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        var indent = kept.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', kept.Select(l => l.Length == 0 ? l : l[indent..]));
    }

    [GeneratedRegex(@"<!-- docs: (?<name>[^>]+?) -->\n```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();
}
