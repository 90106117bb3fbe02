using System.Text.RegularExpressions;

namespace CloudApi.Sdk.Tests.Flows.Json;

/// <summary>
/// The "Flow JSON" section of docs/flows.md cannot drift from code that compiles and runs: each of its C# blocks, announced by
/// <c>&lt;!-- docs: name --&gt;</c>, must equal the <c>// docs: name</c> region of <see cref="FlowJsonDocExamples"/>
/// (indentation normalized), and every region must appear in the guide.
/// </summary>
public sealed partial class FlowJsonDocTests
{
    [Fact]
    public void Guide_EveryCodeBlock_IsTheMarkedRegionOfTheExamples()
    {
        var regions = Messages.MessagesDocTests.Regions(File.ReadAllLines(Messages.RepositoryFiles.PathOf("tests/CloudApi.Sdk.Tests/Flows/Json/FlowJsonDocExamples.cs")));
        var guide = File.ReadAllText(Messages.RepositoryFiles.PathOf("docs/flows.md"));
        var start = guide.IndexOf("\n## Flow JSON\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/flows.md has no '## Flow JSON' section.");
        var end = guide.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var markdown = end < 0 ? guide[start..] : guide[start..end];
        var blocks = CodeBlock().Matches(markdown).Select(block =>
        {
            var marker = Marker().Match(markdown[..block.Index]);
            Assert.True(marker.Success && marker.Index + marker.Length == markdown[..block.Index].TrimEnd().Length,
                $"The C# block at offset {block.Index} of the Flow JSON section of docs/flows.md has no <!-- docs: name --> marker right before it.");
            return (Name: marker.Groups["name"].Value, Code: Messages.MessagesDocTests.Dedent(block.Groups["code"].Value.Split('\n')));
        }).ToList();

        Assert.NotEmpty(blocks);
        foreach (var (name, code) in blocks)
        {
            Assert.True(regions.TryGetValue(name, out var region), $"docs/flows.md shows '{name}', which FlowJsonDocExamples.cs does not mark.");
            Assert.Equal(region, code);
        }

        Assert.Equal(regions.Keys.Order(StringComparer.Ordinal), blocks.Select(b => b.Name).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^```csharp\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"<!-- docs: (?<name>[^>]+?) -->", RegexOptions.RightToLeft)]
    private static partial Regex Marker();
}
