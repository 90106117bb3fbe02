namespace CloudApi.Sdk;

/// <summary>Checks Graph API version strings such as <c>v26.0</c>.</summary>
internal static class ApiVersions
{
    public static bool IsValid(string? version)
    {
        if (version is not { Length: >= 4 and <= 6 } || version[0] != 'v' || !version.EndsWith(".0", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in version.AsSpan(1, version.Length - 3))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
