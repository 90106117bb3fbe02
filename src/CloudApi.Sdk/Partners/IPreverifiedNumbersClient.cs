using CloudApi.Sdk.PhoneNumbers;

namespace CloudApi.Sdk.Partners;

/// <summary>
/// Pre-verified phone numbers: numbers a provider verifies ahead of time and offers to businesses in Embedded Signup, so
/// they skip the code step.
/// </summary>
public interface IPreverifiedNumbersClient
{
    /// <summary>Lists a business's pre-verified numbers (<c>GET /{business-id}/preverified_numbers</c>).</summary>
    /// <param name="businessId">The business.</param>
    /// <param name="options">Filters and page size; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The numbers.</returns>
    GraphPageable<PreverifiedNumber> ListAsync(string businessId, PreverifiedNumberListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a pre-verified number and whether its id is valid (<c>GET /{pre-verified-phone-number-id}</c>).</summary>
    /// <param name="preverifiedNumberId">The pre-verified number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number.</returns>
    Task<PreverifiedNumberCheck> GetAsync(string preverifiedNumberId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a pre-verified number (<c>DELETE /{pre-verified-phone-number-id}</c>).</summary>
    /// <param name="preverifiedNumberId">The pre-verified number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed with <c>success:true</c>.</returns>
    Task DeleteAsync(string preverifiedNumberId, CancellationToken cancellationToken = default);

    /// <summary>Sends the number a verification code (<c>POST /{pre-verified-phone-number-id}/request_code</c>).</summary>
    /// <param name="preverifiedNumberId">The pre-verified number.</param>
    /// <param name="method">By SMS or voice call (<c>code_method</c>).</param>
    /// <param name="language">The message's language, as <c>en_US</c> (<c>language</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed with <c>success:true</c>.</returns>
    /// <exception cref="WhatsAppValidationException">The method is empty or the language is not <c>xx_XX</c>; nothing was sent.</exception>
    Task RequestCodeAsync(string preverifiedNumberId, VerificationCodeMethod method, string language, CancellationToken cancellationToken = default);

    /// <summary>Verifies the number with the code it received (<c>POST /{pre-verified-phone-number-id}/verify_code</c>).</summary>
    /// <param name="preverifiedNumberId">The pre-verified number.</param>
    /// <param name="code">The six-digit code (<c>code</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed with <c>success:true</c>.</returns>
    /// <exception cref="WhatsAppValidationException">The code is not six digits; nothing was sent.</exception>
    Task VerifyCodeAsync(string preverifiedNumberId, string code, CancellationToken cancellationToken = default);

    /// <summary>Lists the businesses a pre-verified number is shared with (<c>GET /{pre-verified-phone-number-id}/partners</c>).</summary>
    /// <param name="preverifiedNumberId">The pre-verified number.</param>
    /// <param name="options">The page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The businesses.</returns>
    GraphPageable<PreverifiedNumberPartner> ListPartnersAsync(string preverifiedNumberId, PartnerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Shares a pre-verified number with another business (<c>POST /{business-id}/share_preverified_numbers</c>).</summary>
    /// <param name="businessId">The business that owns the number.</param>
    /// <param name="preverifiedNumberId">The pre-verified number (<c>preverified_id</c>).</param>
    /// <param name="partnerBusinessId">The business to share it with (<c>partner_business_id</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed with <c>success:true</c>.</returns>
    Task ShareAsync(string businessId, string preverifiedNumberId, string partnerBusinessId, CancellationToken cancellationToken = default);
}
