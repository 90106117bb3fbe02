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
        var regions = MessagesDocTests.Regions(File.ReadAllLines(RepositoryFiles.PathOf("tests/CloudApi.Sdk.Tests/Partners/TechProvidersDocExamples.cs")));
        var markdown = File.ReadAllText(RepositoryFiles.PathOf("docs/tech-providers.md")).ReplaceLineEndings("\n");
        var blocks = MarkedBlock().Matches(markdown).Select(m => (Name: m.Groups["name"].Value, Code: MessagesDocTests.Dedent(m.Groups["code"].Value.Split('\n')))).ToList();

        Assert.Equal(regions.Keys.Order(StringComparer.Ordinal), blocks.Select(b => b.Name).Order(StringComparer.Ordinal));
        Assert.All(blocks, block => Assert.Equal(regions[block.Name], block.Code));
    }

    [Fact]
    public void Guide_IsLinkedFromTheReadme() =>
        Assert.Contains("(docs/tech-providers.md)", File.ReadAllText(RepositoryFiles.PathOf("README.md")), StringComparison.Ordinal);

    [GeneratedRegex(@"<!-- docs: (?<name>[^>]+?) -->\n```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();
}
