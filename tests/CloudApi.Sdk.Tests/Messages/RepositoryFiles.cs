namespace CloudApi.Sdk.Tests.Messages;

/// <summary>Finds files of the repository (test data, docs) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CloudApi.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CloudApi.Sdk.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The absolute path of <paramref name="relativePath"/> (segments separated by '/') in the repository.</summary>
    public static string PathOf(string relativePath) => Path.Combine([Root.Value, .. relativePath.Split('/')]);
}
