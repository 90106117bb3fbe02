namespace CloudApi.Sdk.Flows.Endpoint;

/// <summary>What a Flows endpoint answers over HTTP: a status code and, for 200, the encrypted body (<c>text/plain</c>).</summary>
public sealed class FlowEndpointResult
{
    internal FlowEndpointResult(int statusCode, string? body, string reason)
    {
        StatusCode = statusCode;
        Body = body;
        Reason = reason;
    }

    /// <summary>The HTTP status: 200, 400 (not a Flows envelope, or not JSON once decrypted), 421 (cannot decrypt: WhatsApp re-fetches the public key), 427 (flow token invalid), 432 (bad signature).</summary>
    public int StatusCode { get; }

    /// <summary>The encrypted answer (base64) for a 200; otherwise <see langword="null"/>.</summary>
    public string? Body { get; }

    /// <summary>Why the request ended so, for logs (never request data or key material).</summary>
    public string Reason { get; }
}
