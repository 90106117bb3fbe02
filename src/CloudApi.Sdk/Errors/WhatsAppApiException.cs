using System.Net;

namespace CloudApi.Sdk;

/// <summary>
/// The Graph API answered with an error. <see cref="Error"/> carries Meta's error object when the body was Graph JSON;
/// for any other body (an HTML page from a proxy, an empty 500) it is <see langword="null"/> and
/// <see cref="StatusCode"/> and <see cref="ResponseSnippet"/> still say what came back.
/// </summary>
public sealed class WhatsAppApiException : WhatsAppException
{
    /// <summary>Creates the exception from a response.</summary>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="error">The Graph error, or <see langword="null"/> when the body was not Graph JSON.</param>
    /// <param name="retryAfter">The delay the <c>Retry-After</c> header asked for, if any.</param>
    /// <param name="responseSnippet">The start of a body that was not Graph JSON, for diagnosis.</param>
    public WhatsAppApiException(HttpStatusCode statusCode, GraphError? error, TimeSpan? retryAfter = null, string? responseSnippet = null)
        : base(Describe(statusCode, error, responseSnippet))
    {
        StatusCode = statusCode;
        Error = error;
        RetryAfter = retryAfter;
        ResponseSnippet = responseSnippet;
    }

    /// <summary>The HTTP status of the response. Meta answers most errors, throttling included, with 400.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The Graph error object, or <see langword="null"/> when the body was not Graph JSON.</summary>
    public GraphError? Error { get; }

    /// <summary>The Graph error code, or <see langword="null"/> when the body was not Graph JSON. Compare it with <see cref="WhatsAppErrorCodes"/>.</summary>
    public int? ErrorCode => Error?.Code;

    /// <summary>The delay the server asked for in <c>Retry-After</c>, if it sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Up to 512 characters of a body that was not Graph JSON; <see langword="null"/> otherwise.</summary>
    public string? ResponseSnippet { get; }

    /// <summary>Whether this is one of Meta's throttling errors (4, 80007, 130429, 131056), or HTTP 429.</summary>
    public bool IsRateLimit => (Error is { } e && WhatsAppErrorCodes.IsRateLimit(e.Code)) || StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>
    /// Whether the failure is transient: a code Meta documents as worth retrying, <c>is_transient: true</c>,
    /// or a 5xx/429 without a Graph error. Throttling other than 130429 is not transient: it needs a wait, see <see cref="IsRateLimit"/>.
    /// </summary>
    public bool IsTransient => Error switch
    {
        { IsTransientFlag: true } => true,
        { } e => WhatsAppErrorCodes.IsTransient(e.Code),
        null => (int)StatusCode >= 500 || StatusCode == HttpStatusCode.TooManyRequests,
    };

    private static string Describe(HttpStatusCode statusCode, GraphError? error, string? snippet)
    {
        var status = $"HTTP {(int)statusCode}";
        if (error is null)
        {
            return string.IsNullOrEmpty(snippet)
                ? $"The Graph API answered {status} with an empty body."
                : $"The Graph API answered {status} with a body that is not a Graph error.";
        }

        var text = $"Graph API error {error.Code}";
        if (error.Subcode is { } subcode)
        {
            text += $"/{subcode}";
        }

        text += $" ({status}): {error.Message}";
        if (!string.IsNullOrEmpty(error.Details))
        {
            text += $" Details: {error.Details}";
        }

        if (!string.IsNullOrEmpty(error.FbTraceId))
        {
            text += $" (fbtrace_id {error.FbTraceId})";
        }

        return text;
    }
}
