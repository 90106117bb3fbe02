namespace CloudApi.Sdk.QrCodes;

/// <summary>
/// Manages message QR codes and short links of a business number: a user who scans the code (or opens its
/// <c>wa.me/message/...</c> link) gets a chat with the number, the prefilled message typed in. Calls default to
/// <see cref="WhatsAppOptions.PhoneNumberId"/>.
/// </summary>
public interface IQrCodesClient
{
    /// <summary>Creates a code (<c>POST /{phone-number-id}/message_qrdls</c>), with an image when the request asks for one.</summary>
    /// <param name="request">The prefilled message and the image format.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new code, its link and, when asked for, its image URL.</returns>
    Task<QrCode> CreateAsync(CreateQrCodeRequest request, QrCodeRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Changes the prefilled message of a code (<c>POST /{phone-number-id}/message_qrdls</c> with its <c>code</c>); the link stays.</summary>
    /// <param name="code">The code, e.g. <c>ANED2T5QRU7HG1</c>.</param>
    /// <param name="prefilledMessage">The new message, 1 to <see cref="CreateQrCodeRequest.MaxPrefilledMessageLength"/> characters.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The code as it now is.</returns>
    /// <exception cref="WhatsAppValidationException">The code or the message is malformed; nothing was sent.</exception>
    Task<QrCode> UpdateAsync(string code, string prefilledMessage, QrCodeRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the number's codes (<c>GET /{phone-number-id}/message_qrdls</c>), following cursor paging lazily: enumerate
    /// the codes, or <see cref="GraphPageable{T}.AsPages"/> for pages and their continuation token.
    /// </summary>
    /// <param name="options">The number, page size and image format; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The codes; each keeps its own JSON.</returns>
    GraphPageable<QrCode> ListAsync(QrCodeListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one code (<c>GET /{phone-number-id}/message_qrdls/{code}</c>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="options">The number and image format; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The code.</returns>
    /// <exception cref="WhatsAppValidationException">The code is malformed; nothing was sent.</exception>
    Task<QrCode> GetAsync(string code, QrCodeRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a code (<c>DELETE /{phone-number-id}/message_qrdls/{code}</c>); its link stops working.</summary>
    /// <param name="code">The code.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The code is malformed; nothing was sent.</exception>
    Task DeleteAsync(string code, QrCodeRequestOptions? options = null, CancellationToken cancellationToken = default);
}
