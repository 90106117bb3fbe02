namespace CloudApi.Sdk;

/// <summary>Optional settings of a call through <see cref="IGraphRequests"/>.</summary>
public sealed class GraphRequestOptions
{
    /// <summary>
    /// <value>The query parameters, e.g. <c>Query = { ["fields"] = "id,name" }</c>; names and values are escaped when sent,
    /// in the dictionary's order. Names must not be empty. Default: empty.</value>
    /// </summary>
    public IDictionary<string, string> Query { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// <value>The Graph API version of this call (<c>vNN.0</c>, e.g. <c>v24.0</c>) in place of
    /// <see cref="WhatsAppOptions.ApiVersion"/>. Default <see langword="null"/>: the tenant's version.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The version is not of the form <c>vNN.0</c>.</exception>
    public string? ApiVersion
    {
        get;
        init => field = value is null || ApiVersions.IsValid(value)
            ? value
            : throw new WhatsAppValidationException(nameof(ApiVersion), $"ApiVersion '{value}' is malformed: it must look like 'v26.0'.");
    }
}
