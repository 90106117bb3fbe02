namespace CloudApi.Sdk.Calling;

/// <summary>
/// WhatsApp voice calls through the Cloud API's Calling API (<c>POST /{phone-number-id}/calls</c>,
/// <c>GET /{phone-number-id}/call_permissions</c>). A user's call arrives as a <see cref="Webhooks.CallConnect"/> webhook
/// with an SDP offer: answer it with <see cref="PreAcceptAsync"/> (optional) and <see cref="AcceptAsync"/> and the SDP
/// answer of the application's media stack, or <see cref="RejectAsync"/>; end it with <see cref="TerminateAsync"/>.
/// The business calls a user who granted permission with <see cref="ConnectAsync"/>. The SDK never touches media.
/// Calls default to <see cref="WhatsAppOptions.PhoneNumberId"/>; calling must be enabled in the number's settings
/// (<see cref="PhoneNumbers.CallingSettingsUpdate"/>).
/// </summary>
/// <remarks>
/// These are not message sends: they do not pass the message rate limiter (they take none of the number's message
/// throughput, and Meta limits calls by its own rules: see <see cref="WhatsAppErrorCodes"/>, Calling API block). Like any
/// POST, an action is never retried unless it provably never left the process; a timeout or a 5xx of
/// <see cref="ConnectAsync"/> leaves it unknown whether the user's phone rings: the call's webhooks tell.
/// </remarks>
public interface ICallsClient
{
    /// <summary>
    /// Calls a user (<c>action: connect</c>): the business-initiated call. The user must have granted call permission
    /// (else error <see cref="WhatsAppErrorCodes.CallPermissionMissing"/>); the call then rings, and its progress arrives as
    /// <see cref="Webhooks.CallStatusUpdate"/> (<c>RINGING</c>, <c>ACCEPTED</c>, <c>REJECTED</c>), a
    /// <see cref="Webhooks.CallConnect"/> with the user's SDP answer, and a <see cref="Webhooks.CallTerminate"/>.
    /// </summary>
    /// <param name="user">The user's phone number with country code (sent as <c>to</c>) or business-scoped user id (sent as <c>recipient</c>).</param>
    /// <param name="offer">The SDP offer of the application's media stack.</param>
    /// <param name="options">The number and the <c>biz_opaque_callback_data</c>; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new call's id.</returns>
    /// <exception cref="WhatsAppValidationException">The user or offer is missing or malformed, or no number is configured; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call (e.g. <see cref="WhatsAppErrorCodes.CallPermissionMissing"/>, <see cref="WhatsAppErrorCodes.CallDuplicate"/>).</exception>
    Task<ConnectCallResult> ConnectAsync(string user, SdpOffer offer, CallRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pre-accepts a user's call (<c>action: pre_accept</c>) with the SDP answer, so media can be set up before
    /// <see cref="AcceptAsync"/>: Meta recommends it to avoid clipping the first words. Optional.
    /// </summary>
    /// <param name="callId">The call's id (<c>wacid...</c>, from <see cref="Webhooks.CallEvent.CallId"/>).</param>
    /// <param name="answer">The SDP answer of the application's media stack.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The call id or answer is missing or malformed, or callback data was set; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the action.</exception>
    Task PreAcceptAsync(string callId, SdpAnswer answer, CallRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Accepts a user's call (<c>action: accept</c>) with the SDP answer: the call connects.</summary>
    /// <param name="callId">The call's id (<c>wacid...</c>).</param>
    /// <param name="answer">The SDP answer of the application's media stack.</param>
    /// <param name="options">The number and the <c>biz_opaque_callback_data</c>; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The call id or answer is missing or malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the action (e.g. <see cref="WhatsAppErrorCodes.CallConnectionTimeout"/>).</exception>
    Task AcceptAsync(string callId, SdpAnswer answer, CallRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Rejects a user's call (<c>action: reject</c>).</summary>
    /// <param name="callId">The call's id (<c>wacid...</c>).</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The call id is missing, or callback data was set; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the action.</exception>
    Task RejectAsync(string callId, CallRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Hangs up a call, either way (<c>action: terminate</c>); a <see cref="Webhooks.CallTerminate"/> with its duration follows.</summary>
    /// <param name="callId">The call's id (<c>wacid...</c>).</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The call id is missing, or callback data was set; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the action.</exception>
    Task TerminateAsync(string callId, CallRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks whether the business may call a user and what it may do next (<c>GET /{phone-number-id}/call_permissions</c>):
    /// the permission's status and end, and per action (<c>start_call</c>, <c>send_call_permission_request</c>) whether it
    /// is allowed now and its limits. Meta rate-limits this check (error <see cref="WhatsAppErrorCodes.CallPermissionCheckRateLimit"/>).
    /// </summary>
    /// <param name="user">The user's phone number (sent as <c>user_wa_id</c>) or business-scoped user id (sent as <c>recipient</c>).</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The permission and the actions.</returns>
    /// <exception cref="WhatsAppValidationException">The user is missing or malformed, or no number is configured; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the check.</exception>
    Task<CallPermissions> GetCallPermissionsAsync(string user, CallPermissionRequestOptions? options = null, CancellationToken cancellationToken = default);
}
