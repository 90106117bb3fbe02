using System.Diagnostics.CodeAnalysis;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// Manages WhatsApp Flows (the Flows API): list, create, read, update, upload Flow JSON, publish, deprecate, delete,
/// migrate between accounts and read endpoint metrics; and the business public key WhatsApp encrypts flow endpoint
/// requests with. Calls that address the account default to <see cref="WhatsAppOptions.BusinessAccountId"/>, the key calls
/// to <see cref="WhatsAppOptions.PhoneNumberId"/>.
/// </summary>
/// <remarks>
/// A flow's life: <see cref="FlowStatus.Draft"/> (editable, deletable, sendable in draft mode) → <see cref="PublishAsync"/>
/// → <see cref="FlowStatus.Published"/> (immutable; change it by creating a clone) → <see cref="DeprecateAsync"/> →
/// <see cref="FlowStatus.Deprecated"/>. Publishing and deprecating cannot be undone.
/// </remarks>
public interface IFlowsClient
{
    /// <summary>
    /// Lists the account's flows (<c>GET /{waba-id}/flows</c>), following Graph's cursor paging: pages are requested lazily
    /// as you enumerate; <see cref="GraphPageable{T}.AsPages"/> gives the pages and the cursor to continue from.
    /// </summary>
    /// <param name="options">The account, page size and additional fields; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The flows (id, name, status, categories, validation errors); each keeps its own JSON.</returns>
    /// <exception cref="WhatsAppValidationException">The options are invalid (thrown by this call, before any request).</exception>
    /// <exception cref="WhatsAppApiException">Meta refused a page request (thrown while enumerating).</exception>
    GraphPageable<Flow> ListAsync(FlowListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a flow (<c>POST /{waba-id}/flows</c>), with or without its Flow JSON, cloned or not, published or a draft.</summary>
    /// <param name="request">The flow.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new flow's id and the validation errors of its Flow JSON.</returns>
    /// <exception cref="WhatsAppValidationException">The request is invalid (e.g. publish without Flow JSON); nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused it.</exception>
    Task<CreateFlowResult> CreateAsync(CreateFlowRequest request, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets one flow (<c>GET /{flow-id}</c>) with everything <see cref="Flow"/> models: status, categories, validation
    /// errors, Flow JSON and data API versions, endpoint, preview URL, health status, account and app.
    /// </summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="options">Additional fields to read; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flow.</returns>
    /// <exception cref="WhatsAppValidationException">The id or the options are malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call (e.g. 100 for an unknown id).</exception>
    Task<Flow> GetAsync(string flowId, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Updates a flow's metadata (<c>POST /{flow-id}</c>): name, categories, endpoint, app.</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="request">The changes; at least one.</param>
    /// <param name="options">None of <see cref="FlowRequestOptions"/> applies (the flow id names the node); pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed or the request changes nothing; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the update.</exception>
    Task UpdateAsync(string flowId, UpdateFlowRequest request, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a draft flow (<c>DELETE /{flow-id}</c>); a published flow cannot be deleted, only deprecated.</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="options">None applies; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused (e.g. 139004: the flow is not a draft).</exception>
    Task DeleteAsync(string flowId, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the files attached to a flow (<c>GET /{flow-id}/assets</c>): its Flow JSON, with a download link.</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="options">The page size; <see langword="null"/> for Meta's.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The assets.</returns>
    /// <exception cref="WhatsAppValidationException">The id or the options are malformed (thrown by this call).</exception>
    /// <exception cref="WhatsAppApiException">Meta refused a page request (thrown while enumerating).</exception>
    GraphPageable<FlowAsset> ListAssetsAsync(string flowId, FlowListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads a flow's Flow JSON (<c>POST /{flow-id}/assets</c>, multipart: <c>flow.json</c> as <c>FLOW_JSON</c>),
    /// replacing the previous one; only a draft can change. Meta stores it even when it has errors and answers them.
    /// </summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="flowJson">The Flow JSON document.</param>
    /// <param name="options">None applies; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Meta's validation errors; <see cref="FlowJsonUploadResult.IsValid"/> when there are none.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed or the text is not one well-formed JSON object; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the upload (e.g. 139001: the flow is published).</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of the document (string, bytes or stream) only; the optional parameters are the same.")]
    Task<FlowJsonUploadResult> UploadFlowJsonAsync(string flowId, string flowJson, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Uploads a flow's Flow JSON given as UTF-8 bytes; see <see cref="UploadFlowJsonAsync(string, string, FlowRequestOptions?, CancellationToken)"/>.</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="utf8FlowJson">The Flow JSON document in UTF-8 (a <c>byte[]</c> converts; for <c>BinaryData</c> pass <c>ToMemory()</c>).</param>
    /// <param name="options">None applies; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Meta's validation errors.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed or the bytes are not one well-formed JSON object; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the upload.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of the document (string, bytes or stream) only; the optional parameters are the same.")]
    Task<FlowJsonUploadResult> UploadFlowJsonAsync(string flowId, ReadOnlyMemory<byte> utf8FlowJson, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads a flow built with the typed Flow JSON model: it is validated first (every problem listed, nothing sent
    /// when there is one), then serialized; see <see cref="UploadFlowJsonAsync(string, string, FlowRequestOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="flowJson">The flow.</param>
    /// <param name="options">None applies; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Meta's validation errors.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed or <see cref="Json.FlowJson.Validate"/> found problems; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the upload.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of the document (string, bytes, stream or model) only; the optional parameters are the same.")]
    Task<FlowJsonUploadResult> UploadFlowJsonAsync(string flowId, Json.FlowJson flowJson, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads a flow's Flow JSON read from a stream (a file); see
    /// <see cref="UploadFlowJsonAsync(string, string, FlowRequestOptions?, CancellationToken)"/>. The stream is read to its
    /// end (and checked) before anything is sent; it is not disposed.
    /// </summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="flowJson">The Flow JSON document in UTF-8.</param>
    /// <param name="options">None applies; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Meta's validation errors.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed, the stream cannot be read, or its content is not one well-formed JSON object; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the upload.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of the document (string, bytes or stream) only; the optional parameters are the same.")]
    Task<FlowJsonUploadResult> UploadFlowJsonAsync(string flowId, Stream flowJson, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes a draft flow (<c>POST /{flow-id}/publish</c>). It cannot be undone: the flow and its Flow JSON become
    /// immutable. Meta refuses a flow with validation errors, or with an endpoint but no business public key.
    /// </summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="options">None applies; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused (139002 publishing error).</exception>
    Task PublishAsync(string flowId, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deprecates a published flow (<c>POST /{flow-id}/deprecate</c>): it can no longer be sent or opened. It cannot be undone.</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="options">None applies; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused (139003: the flow is not published).</exception>
    Task DeprecateAsync(string flowId, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Copies flows from another account into this one, with the same names (<c>POST /{waba-id}/migrate_flows</c>).</summary>
    /// <param name="request">The source account and, optionally, the names to copy.</param>
    /// <param name="options">The destination account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flows copied and those that failed, with why.</returns>
    /// <exception cref="WhatsAppValidationException">An id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the migration.</exception>
    Task<MigrateFlowsResult> MigrateAsync(MigrateFlowsRequest request, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads an endpoint metric of a flow (<c>GET /{flow-id}?fields=metric.name(...).granularity(...)...</c>).</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="query">The metric, the time step and the days.</param>
    /// <param name="options">None applies; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The metric's data points.</returns>
    /// <exception cref="WhatsAppValidationException">The id or the query is invalid (e.g. until before since); nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call.</exception>
    Task<FlowMetric> GetEndpointMetricAsync(string flowId, FlowMetricQuery query, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the business public key set on a phone number (<c>GET /{phone-number-id}/whatsapp_business_encryption</c>) and
    /// whether its signature is valid.
    /// </summary>
    /// <param name="options">The phone number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key, or a result whose <see cref="BusinessPublicKey.PublicKeyPem"/> is <see langword="null"/> when none is set.</returns>
    /// <exception cref="WhatsAppValidationException">The phone number id is missing or malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call.</exception>
    Task<BusinessPublicKey> GetBusinessPublicKeyAsync(FlowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the business public key of a phone number (<c>POST /{phone-number-id}/whatsapp_business_encryption</c>),
    /// replacing the previous one: WhatsApp encrypts flow endpoint requests with it, and your endpoint decrypts them with
    /// the private key. The PEM is checked first (a 2048-bit RSA public key; a private key is refused, never sent) and
    /// sent as a standard <c>-----BEGIN PUBLIC KEY-----</c> block whatever PEM form it came in.
    /// </summary>
    /// <param name="publicKeyPem">The RSA public key in PEM (<c>BEGIN PUBLIC KEY</c> or <c>BEGIN RSA PUBLIC KEY</c>).</param>
    /// <param name="options">The phone number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The PEM is not a 2048-bit RSA public key, or the phone number id is missing or malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the key.</exception>
    Task SetBusinessPublicKeyAsync(string publicKeyPem, FlowRequestOptions? options = null, CancellationToken cancellationToken = default);
}
