namespace CloudApi.Sdk.Tests.Messages;

/// <summary>docs/recipients.md cannot drift: its C# blocks are the marked regions of <see cref="RecipientsDocExamples"/>.</summary>
public sealed class RecipientsDocTests
{
    [Fact]
    public void Guide_EveryCodeBlock_IsTheMarkedRegionOfTheExamples()
    {
        var regions = MessagesDocTests.Regions(File.ReadAllLines(RepositoryFiles.PathOf("tests/CloudApi.Sdk.Tests/Messages/RecipientsDocExamples.cs")));
        var blocks = MessagesDocTests.Blocks(File.ReadAllText(RepositoryFiles.PathOf("docs/recipients.md")));

        foreach (var (name, code) in blocks)
        {
            Assert.True(regions.TryGetValue(name, out var region), $"docs/recipients.md shows '{name}', which RecipientsDocExamples.cs does not mark.");
            Assert.Equal(region, code);
        }

        Assert.Equal(regions.Keys.Order(StringComparer.Ordinal), blocks.Select(b => b.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Guide_IsLinkedFromTheReadme() =>
        Assert.Contains("(docs/recipients.md)", File.ReadAllText(RepositoryFiles.PathOf("README.md")), StringComparison.Ordinal);
}
