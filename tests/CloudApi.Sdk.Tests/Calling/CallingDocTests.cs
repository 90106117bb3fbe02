using CloudApi.Sdk.Tests.Messages;

namespace CloudApi.Sdk.Tests.Calling;

/// <summary>docs/calling.md shows exactly the compiled regions of <see cref="CallingDocExamples"/>, each once, and the README links it.</summary>
public sealed class CallingDocTests
{
    [Fact]
    public void Guide_EveryCodeBlock_IsTheMarkedRegionOfTheExamples()
    {
        var regions = MessagesDocTests.Regions(File.ReadAllLines(RepositoryFiles.PathOf("tests/CloudApi.Sdk.Tests/Calling/CallingDocExamples.cs")));
        var blocks = MessagesDocTests.Blocks(File.ReadAllText(RepositoryFiles.PathOf("docs/calling.md")));

        foreach (var (name, code) in blocks)
        {
            Assert.True(regions.TryGetValue(name, out var region), $"docs/calling.md shows '{name}', which CallingDocExamples.cs does not mark.");
            Assert.Equal(region, code);
        }

        Assert.Equal(regions.Keys.Order(StringComparer.Ordinal), blocks.Select(b => b.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Guide_IsLinkedFromTheReadme() =>
        Assert.Contains("(docs/calling.md)", File.ReadAllText(RepositoryFiles.PathOf("README.md")), StringComparison.Ordinal);
}
