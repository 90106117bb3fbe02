using System.Net.Http;

namespace CloudApi.Sdk;

/// <summary>
/// A call never reached Meta: the connection could not be made (refused, the name did not resolve, the TLS handshake or a
/// proxy tunnel failed), after the SDK's own retries of such failures. Nothing was sent, so the call is <b>safe to
/// retry</b>, a message send included: it cannot be delivered twice.
/// </summary>
public sealed class RequestNotSentException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">What failed: <see cref="HttpRequestError.ConnectionError"/>, <see cref="HttpRequestError.NameResolutionError"/>,
    /// <see cref="HttpRequestError.SecureConnectionError"/> or <see cref="HttpRequestError.ProxyTunnelError"/>.</param>
    /// <param name="innerException">The transport's exception.</param>
    public RequestNotSentException(HttpRequestError error, Exception? innerException)
        : base($"The request never reached the Graph API ({Describe(error)}); nothing was sent, so it is safe to retry.", innerException)
    {
        Error = error;
    }

    /// <summary>What failed before the request could be written.</summary>
    public HttpRequestError Error { get; }

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.ConnectionError => "the connection could not be made",
        HttpRequestError.NameResolutionError => "the host name did not resolve",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed",
        HttpRequestError.ProxyTunnelError => "the proxy tunnel could not be opened",
        _ => error.ToString(),
    };
}
