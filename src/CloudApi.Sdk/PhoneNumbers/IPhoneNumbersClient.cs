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

    /// <summary>Changes the number's configuration (<c>POST /{phone-number-id}</c>): webhook override, display name, search visibility, username, notifications.</summary>
    /// <param name="update">The changes.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The update changes nothing, or sets a verify token without a callback URI; nothing was sent.</exception>
    Task UpdateAsync(PhoneNumberUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the number's settings (<c>GET /{phone-number-id}/settings</c>): calling, payload encryption, storage.</summary>
    /// <param name="options">The number, and whether to read SIP passwords; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings.</returns>
    Task<PhoneNumberSettings> GetSettingsAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Changes one part of the number's settings (<c>POST /{phone-number-id}/settings</c>).</summary>
    /// <param name="update">The part to change.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The update sets no part or more than one; nothing was sent.</exception>
    Task UpdateSettingsAsync(PhoneNumberSettingsUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the number's commerce settings (<c>GET /{phone-number-id}/whatsapp_commerce_settings</c>): cart and catalog visibility.</summary>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings.</returns>
    Task<CommerceSettings> GetCommerceSettingsAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Turns the cart or the catalog on or off (<c>POST /{phone-number-id}/whatsapp_commerce_settings</c>).</summary>
    /// <param name="update">The changes.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The update changes nothing; nothing was sent.</exception>
    Task UpdateCommerceSettingsAsync(CommerceSettingsUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the business's compliance information (<c>GET /{phone-number-id}/business_compliance_info</c>).</summary>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The information; its values are <see langword="null"/> when none was set.</returns>
    Task<BusinessComplianceInfo> GetComplianceInfoAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Sets the business's compliance information (<c>POST /{phone-number-id}/business_compliance_info</c>).</summary>
    /// <param name="update">The information, whole.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task UpdateComplianceInfoAsync(BusinessComplianceInfoUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the number's Official Business Account status (<c>GET /{phone-number-id}/official_business_account</c>).</summary>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status.</returns>
    Task<OfficialBusinessAccountStatus> GetOfficialBusinessAccountStatusAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Applies for (or withdraws) Official Business Account status (<c>POST /{phone-number-id}/official_business_account</c>).</summary>
    /// <param name="request">The action and the application.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status the request left, with Meta's tracking id.</returns>
    /// <exception cref="WhatsAppValidationException">A submission lacks its application data; nothing was sent.</exception>
    Task<OfficialBusinessAccountStatus> RequestOfficialBusinessAccountAsync(OfficialBusinessAccountRequest request, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a number to a WhatsApp Business Account (<c>POST /{waba-id}/phone_numbers</c>); then request a code, verify and register it.</summary>
    /// <param name="request">The number and its display name.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new phone-number id.</returns>
    Task<CreatedPhoneNumber> CreateAsync(CreatePhoneNumberRequest request, PhoneNumberCreateOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a number to a business portfolio (<c>POST /{business-id}/add_phone_numbers</c>), e.g. to pre-verify it.</summary>
    /// <param name="businessId">The business portfolio's id.</param>
    /// <param name="phoneNumber">The number with its country code, e.g. <c>+16315551000</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new id.</returns>
    /// <exception cref="WhatsAppValidationException">The id or the number is malformed; nothing was sent.</exception>
    Task<CreatedPhoneNumber> AddToBusinessAsync(string businessId, string phoneNumber, CancellationToken cancellationToken = default);

    /// <summary>Gets a business profile by its own id (<c>GET /{whatsapp-business-profile-id}</c>).</summary>
    /// <param name="profileId">The profile's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed; nothing was sent.</exception>
    Task<BusinessProfile> GetBusinessProfileByIdAsync(string profileId, CancellationToken cancellationToken = default);

    /// <summary>Updates a business profile by its own id (<c>POST /{whatsapp-business-profile-id}</c>) after validating it.</summary>
    /// <param name="profileId">The profile's id.</param>
    /// <param name="update">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed or the update changes nothing; nothing was sent.</exception>
    Task UpdateBusinessProfileByIdAsync(string profileId, BusinessProfileUpdate update, CancellationToken cancellationToken = default);
}
