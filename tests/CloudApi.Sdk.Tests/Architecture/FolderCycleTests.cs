namespace CloudApi.Sdk.Tests.Architecture;

/// <summary>
/// The folders of the core package form layers: no two folders use each other, directly or through others. The files at
/// the package's top (the client and its options) are the composition root and are left out, and so is the one JSON
/// context, which names every folder's DTOs by design (see <see cref="FolderGraph"/>).
/// </summary>
public sealed class FolderCycleTests
{
    private static readonly Lazy<FolderGraph> Graph = new(() => FolderGraph.Of(typeof(IWhatsAppClient).Assembly));

    [Fact]
    public void CoreAssembly_Folders_FormNoCycle()
    {
        var cycles = Graph.Value.Cycles();

        var report = string.Join(Environment.NewLine, cycles.Select(cycle =>
            string.Join(" <-> ", cycle) + ": " + string.Join("; ", Graph.Value.Edges
                .Where(edge => cycle.Contains(edge.Key.From) && cycle.Contains(edge.Key.To))
                .Select(edge => $"{edge.Key.From}->{edge.Key.To} ({edge.Value})"))));
        Assert.True(cycles.Count == 0, "Folders that use each other:" + Environment.NewLine + report);
    }

    [Fact]
    public void FolderGraph_OfCoreAssembly_SeesUsesInSignaturesAndMethodBodies()
    {
        var edges = Graph.Value.Edges;

        Assert.Contains(("Messages", "Http"), edges.Keys);          // MessagesClient builds requests on GraphConnection
        Assert.Contains(("RateLimiting", "Errors"), edges.Keys);    // a method body constructs an exception of Errors
        Assert.Contains(("Templates", "Messages"), edges.Keys);     // the template check decorates IMessagesClient
        Assert.Contains((FolderGraph.Root, "DependencyInjection"), edges.Keys);
    }

    [Fact]
    public void StronglyConnected_TwoFoldersUsingEachOtherThroughAThird_AreOneCycle()
    {
        var successors = new Dictionary<string, string[]> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"] };

        var components = FolderGraph.StronglyConnected(["A", "B", "C", "D"], node => successors[node]);

        Assert.Contains(components, component => component.SequenceEqual(["A", "B", "C"]));
        Assert.Contains(components, component => component.SequenceEqual(["D"]));
    }
}
