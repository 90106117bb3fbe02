namespace CloudApi.Sdk.Emulator.Inbox;

/// <summary>The page's stylesheet and script, embedded in the assembly (no CDN, no build step).</summary>
internal static class InboxAssets
{
    private static readonly Dictionary<string, (string ContentType, byte[] Content)> Assets = new(StringComparer.Ordinal)
    {
        ["inbox.css"] = ("text/css; charset=utf-8", Load("inbox.css")),
        ["inbox.js"] = ("text/javascript; charset=utf-8", Load("inbox.js")),
    };

    public static (string ContentType, byte[] Content)? Find(string name) => Assets.TryGetValue(name, out var asset) ? asset : null;

    private static byte[] Load(string name)
    {
        using var stream = typeof(InboxAssets).Assembly.GetManifestResourceStream("CloudApi.Sdk.Emulator.Inbox." + name)
            ?? throw new InvalidOperationException($"The inbox asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
