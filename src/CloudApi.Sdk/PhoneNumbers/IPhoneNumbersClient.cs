namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Reads and manages business phone numbers: quality, throughput and limits, registration, verification codes,
/// two-step verification and the business profile. Calls default to <see cref="WhatsAppOptions.PhoneNumberId"/>.
/// </summary>
public interface IPhoneNumbersClient
{
    /// <summary>
    /// Lists the numbers of a WhatsApp Business Account (<c>GET /{waba-id}/phone_numbers</c>), following cursor paging lazily:
    /// enumerate the numbers, or <see cref="GraphPageable{T}.AsPages"/> for pages and their continuation token.
    /// </summary>
    /// <param name="options">The account, fields and page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The numbers; each keeps its own JSON.</returns>
    /// <exception cref="WhatsAppValidationException">The page size or a field is invalid, or no account id is configured; nothing was sent.</exception>
    GraphPageable<PhoneNumber> ListAsync(PhoneNumberListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one number (<c>GET /{phone-number-id}?fields=...</c>).</summary>
    /// <param name="options">The number and fields; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number.</returns>
    Task<PhoneNumber> GetAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers the number for the Cloud API (<c>POST /{phone-number-id}/register</c>), setting its two-step verification PIN.
    /// Meta allows 10 register or deregister calls per number per 72 hours (else 133016).
    /// </summary>
    /// <param name="request">The PIN and the data localization region.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task RegisterAsync(RegisterPhoneNumberRequest request, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deregisters the number (<c>POST /{phone-number-id}/deregister</c>).</summary>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task DeregisterAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Asks Meta to send a verification code to the number (<c>POST /{phone-number-id}/request_code</c>).</summary>
    /// <param name="method">By SMS or voice call.</param>
    /// <param name="language">The language of the message, e.g. <c>en_US</c> or <c>en</c>.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task RequestCodeAsync(VerificationCodeMethod method, string language, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Verifies the number with the code it received (<c>POST /{phone-number-id}/verify_code</c>).</summary>
    /// <param name="code">The code, digits only.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task VerifyCodeAsync(string code, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Sets or changes the two-step verification PIN (<c>POST /{phone-number-id}</c>); it cannot be turned off through the API.</summary>
    /// <param name="pin">The new PIN: exactly 6 digits.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task SetTwoStepPinAsync(string pin, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the number's business profile (<c>GET /{phone-number-id}/whatsapp_business_profile</c>).</summary>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    Task<BusinessProfile> GetBusinessProfileAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Updates the number's business profile (<c>POST /{phone-number-id}/whatsapp_business_profile</c>) after validating it.</summary>
    /// <param name="update">The changes.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task UpdateBusinessProfileAsync(BusinessProfileUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);
}
