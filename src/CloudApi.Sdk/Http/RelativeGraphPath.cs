namespace CloudApi.Sdk.Http;

/// <summary>
/// Checks a caller's Graph path and adds the query: the path must stay under the versioned Graph base (no scheme, no host,
/// no <c>..</c>), and the query comes only from the options, escaped.
/// </summary>
internal static class RelativeGraphPath
{
    private const string Field = "relativePath";

    /// <summary>Returns <c>{path}?{query}</c>, ready for <see cref="GraphConnection.CreateUri(string)"/>.</summary>
    public static string Build(string relativePath, IDictionary<string, string>? query)
    {
        var path = Check(relativePath);
        if (query is null || query.Count == 0)
        {
            return path;
        }

        var built = new GraphQuery(path);
        foreach (var (name, value) in query)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new WhatsAppValidationException("Query", "A query parameter has an empty name.");
            }

            if (value is null)
            {
                throw new WhatsAppValidationException("Query", $"Query parameter '{name}' has a null value; send an empty string for an empty one.");
            }

            built.Add(Uri.EscapeDataString(name), value);
        }

        return built.ToString();
    }

    /// <summary>The path without its leading <c>/</c>, or a <see cref="WhatsAppValidationException"/> naming what is wrong.</summary>
    private static string Check(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            throw new WhatsAppValidationException(Field, "relativePath is required and must not be empty.");
        }

        if (relativePath.StartsWith("//", StringComparison.Ordinal))
        {
            throw Refused(relativePath, "it names a host ('//')");
        }

        var path = relativePath[0] == '/' ? relativePath[1..] : relativePath;
        if (path.Length == 0)
        {
            throw new WhatsAppValidationException(Field, "relativePath is only '/': it must name a Graph node or edge.");
        }

        if (path.IndexOfAny(['?', '#']) >= 0)
        {
            throw Refused(relativePath, "it has a query or a fragment; pass query parameters in GraphRequestOptions.Query");
        }

        // Uri treats '\' as '/' in http(s) paths, so it would open the same doors as '/'.
        if (path.Contains('\\', StringComparison.Ordinal))
        {
            throw Refused(relativePath, "it has a '\\'");
        }

        var firstSegment = path.AsSpan(0, path.IndexOf('/') is var slash and >= 0 ? slash : path.Length);
        if (firstSegment.Contains(':'))
        {
            throw Refused(relativePath, "it has a scheme; give the path after the API version, e.g. '106540352242922/whatsapp_business_profile'");
        }

        foreach (var segment in path.Split('/'))
        {
            // An escaped '%2e%2e' is refused too: a proxy or the server may unescape it into a step up.
            if (segment.Length is >= 2 and <= 6 && Uri.UnescapeDataString(segment) == "..")
            {
                throw Refused(relativePath, "it has a '..' segment");
            }
        }

        return path;
    }

    private static WhatsAppValidationException Refused(string relativePath, string reason) =>
        new(Field, $"relativePath '{relativePath}' is not a relative Graph path: {reason}.");
}
