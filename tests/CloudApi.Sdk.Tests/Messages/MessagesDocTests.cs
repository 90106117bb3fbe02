using System.Text.RegularExpressions;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>
/// docs/messages.md cannot drift from code that compiles and runs: each of its C# blocks, announced by
/// <c>&lt;!-- docs: name --&gt;</c>, must equal the <c>// docs: name</c> region of <see cref="MessagesDocExamples"/>
/// (indentation normalized), and every region must appear in the guide.
/// </summary>
public sealed partial class MessagesDocTests
{
    [Fact]
    public void Guide_EveryCodeBlock_IsTheMarkedRegionOfTheExamples()
    {
        var regions = Regions(File.ReadAllLines(RepositoryFiles.PathOf("tests/CloudApi.Sdk.Tests/Messages/MessagesDocExamples.cs")));
        var blocks = Blocks(File.ReadAllText(RepositoryFiles.PathOf("docs/messages.md")));

        Assert.NotEmpty(blocks);
        foreach (var (name, code) in blocks)
        {
            Assert.True(regions.TryGetValue(name, out var region), $"docs/messages.md shows '{name}', which MessagesDocExamples.cs does not mark.");
            Assert.Equal(region, code);
        }

        Assert.Equal(regions.Keys.Order(StringComparer.Ordinal), blocks.Select(b => b.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Guide_IsLinkedFromTheReadme() =>
        Assert.Contains("(docs/messages.md)", File.ReadAllText(RepositoryFiles.PathOf("README.md")), StringComparison.Ordinal);

    /// <summary>The <c>// docs: name</c> … <c>// docs: end</c> regions, dedented.</summary>
    internal static Dictionary<string, string> Regions(string[] lines)
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var start = lines[i].Trim();
            if (!start.StartsWith("// docs: ", StringComparison.Ordinal) || start == "// docs: end")
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "// docs: end");
            Assert.True(end > i, $"The region '{start}' has no '// docs: end'.");
            regions.Add(start["// docs: ".Length..], Dedent(lines[(i + 1)..end]));
            i = end;
        }

        return regions;
    }

    /// <summary>The C# blocks of the guide with the name of the marker before each; a block without a marker fails.</summary>
    internal static List<(string Name, string Code)> Blocks(string markdown)
    {
        var blocks = new List<(string, string)>();
        foreach (Match block in CodeBlock().Matches(markdown))
        {
            var marker = Marker().Match(markdown[..block.Index]);
            Assert.True(marker.Success && marker.Index + marker.Length == markdown[..block.Index].TrimEnd().Length,
                $"The C# block at offset {block.Index} of the guide has no <!-- docs: name --> marker right before it.");
            blocks.Add((marker.Groups["name"].Value, Dedent(block.Groups["code"].Value.Split('\n'))));
        }

        return blocks;
    }

    internal static string Dedent(IEnumerable<string> lines)
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

    [GeneratedRegex(@"^```csharp\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"<!-- docs: (?<name>[^>]+?) -->", RegexOptions.RightToLeft)]
    private static partial Regex Marker();
}
