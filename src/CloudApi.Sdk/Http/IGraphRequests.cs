namespace CloudApi.Sdk;

/// <summary>
/// Calls any Graph path the SDK does not model, with the tenant's token and API version, the pipeline's retry and timeout,
/// and its error mapping: a non-2xx answer throws <see cref="WhatsAppApiException"/>. The answer is a
/// <see cref="RawGraphResult"/>: its JSON and its HTTP response.
/// </summary>
/// <remarks>
/// <para>Paths are relative to <c>{BaseAddress}/{ApiVersion}/</c> (e.g. <c>106540352242922/whatsapp_business_profile</c>) and are
/// used as given: escape an id that may hold reserved characters yourself. Query parameters go in
/// <see cref="GraphRequestOptions.Query"/>, never in the path.</para>
/// <para>GET and DELETE are retried on transient failures (<see cref="WhatsAppOptions.MaxRetries"/>); POST is retried only when
/// the connection could not be made, so a retry never repeats a write. Send messages with
/// <see cref="Messages.IMessagesClient"/> (a <see cref="Messages.RawMessage"/> for a type the SDK does not model): a POST to
/// <c>/messages</c> through this interface skips the rate limiter and the send's outcome rules.</para>
/// </remarks>
public interface IGraphRequests
{
    /// <summary>GETs a Graph path.</summary>
    /// <param name="relativePath">The path after the version, e.g. <c>106540352242922</c>; a leading <c>/</c> is ignored.</param>
    /// <param name="options">The query parameters and an API version for this call, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer's JSON and HTTP response.</returns>
    /// <exception cref="WhatsAppValidationException">The path is not a relative Graph path (a scheme, a host, a <c>..</c> segment,
    /// a <c>?</c> or a <c>#</c>), or a query name is empty; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Graph answered with an error.</exception>
    Task<RawGraphResult> GetAsync(string relativePath, GraphRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>POSTs to a Graph path, with a JSON or form body or none.</summary>
    /// <param name="relativePath">The path after the version, e.g. <c>102290129340398/subscribed_apps</c>; a leading <c>/</c> is ignored.</param>
    /// <param name="content">The body (<see cref="GraphRequestContent.Json(System.Text.Json.JsonElement)"/>,
    /// <see cref="GraphRequestContent.Form"/>), or <see langword="null"/> for none.</param>
    /// <param name="options">The query parameters and an API version for this call, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer's JSON and HTTP response.</returns>
    /// <exception cref="WhatsAppValidationException">The path is not a relative Graph path, or a query name is empty; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Graph answered with an error.</exception>
    Task<RawGraphResult> PostAsync(string relativePath, GraphRequestContent? content, GraphRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>DELETEs a Graph path.</summary>
    /// <param name="relativePath">The path after the version; a leading <c>/</c> is ignored.</param>
    /// <param name="options">The query parameters and an API version for this call, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer's JSON and HTTP response.</returns>
    /// <exception cref="WhatsAppValidationException">The path is not a relative Graph path, or a query name is empty; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Graph answered with an error.</exception>
    Task<RawGraphResult> DeleteAsync(string relativePath, GraphRequestOptions? options = null, CancellationToken cancellationToken = default);
}
