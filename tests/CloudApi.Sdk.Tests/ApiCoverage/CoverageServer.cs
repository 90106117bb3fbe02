namespace CloudApi.Sdk.Tests.ApiCoverage;

/// <summary>
/// The base address of the loopback server the current coverage call runs against, for the few calls that take an
/// absolute URL (a media download goes to the URL Meta gave, not to a Graph path).
/// </summary>
internal static class CoverageServer
{
    private static readonly AsyncLocal<Uri?> Current = new();

    public static Uri Address => Current.Value ?? throw new InvalidOperationException("No coverage server is running in this flow.");

    public static void Use(Uri address) => Current.Value = address;
}
