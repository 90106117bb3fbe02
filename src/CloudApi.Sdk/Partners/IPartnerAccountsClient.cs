using CloudApi.Sdk.Business;

namespace CloudApi.Sdk.Partners;

/// <summary>
/// The accounts a provider works with: its business portfolio, the WABAs its clients shared with it, the WABAs it owns or
/// a user is assigned to, the client businesses connected to its app, the users of a WABA, pending on-behalf requests and
/// credit lines. Every list follows cursor paging lazily: enumerate it, or <see cref="GraphPageable{T}.AsPages"/>.
/// </summary>
public interface IPartnerAccountsClient
{
    /// <summary>Reads a business portfolio (<c>GET /{business-id}</c>, fields <c>id,name,timezone_id</c>).</summary>
    /// <param name="businessId">The business.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The business.</returns>
    /// <exception cref="WhatsAppValidationException">The id is not digits; nothing was sent.</exception>
    Task<BusinessPortfolio> GetBusinessAsync(string businessId, CancellationToken cancellationToken = default);

    /// <summary>Lists the WABAs client businesses shared with a business (<c>GET /{business-id}/client_whatsapp_business_accounts</c>).</summary>
    /// <param name="businessId">The provider's business.</param>
    /// <param name="options">The page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The accounts; each keeps its own JSON.</returns>
    /// <exception cref="WhatsAppValidationException">The id is not digits; nothing was sent.</exception>
    GraphPageable<BusinessAccount> ListClientBusinessAccountsAsync(string businessId, PartnerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the WABAs a business owns (<c>GET /{business-id}/owned_whatsapp_business_accounts</c>; the page size is sent as <c>first</c>).</summary>
    /// <param name="businessId">The business.</param>
    /// <param name="options">The page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The accounts.</returns>
    /// <exception cref="WhatsAppValidationException">The id is not digits; nothing was sent.</exception>
    GraphPageable<BusinessAccount> ListOwnedBusinessAccountsAsync(string businessId, PartnerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the WABAs a user is assigned to, with their permissions (<c>GET /{user-id}/assigned_whatsapp_business_accounts</c>).</summary>
    /// <param name="userId">The business or system user.</param>
    /// <param name="options">The page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The accounts.</returns>
    /// <exception cref="WhatsAppValidationException">The id is not digits; nothing was sent.</exception>
    GraphPageable<AssignedBusinessAccount> ListAssignedBusinessAccountsAsync(string userId, PartnerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the client businesses connected to the app (<c>GET /{application-id}/connected_client_businesses</c>).</summary>
    /// <param name="options">The app (default <see cref="WhatsAppOptions.AppId"/>) and page size.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The businesses.</returns>
    /// <exception cref="WhatsAppValidationException">No app id is given or configured; nothing was sent.</exception>
    GraphPageable<ClientBusiness> ListConnectedClientBusinessesAsync(PartnerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the users with access to a WABA (<c>GET /{waba-id}/assigned_users?business</c>).</summary>
    /// <param name="businessId">The business whose users to list (<c>business</c>, required by Meta).</param>
    /// <param name="options">The WABA (default <see cref="WhatsAppOptions.BusinessAccountId"/>) and page size.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The users.</returns>
    /// <exception cref="WhatsAppValidationException">An id is not digits or no WABA is configured; nothing was sent.</exception>
    GraphPageable<AssignedUser> ListAssignedUsersAsync(string businessId, PartnerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gives a user access to a WABA with some permissions (<c>POST /{waba-id}/assigned_users</c>, a form body).</summary>
    /// <param name="request">The user and the permissions.</param>
    /// <param name="options">The WABA; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed with <c>success:true</c>.</returns>
    Task AddAssignedUserAsync(AssignUserRequest request, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a user's access to a WABA (<c>DELETE /{waba-id}/assigned_users</c>, a form body).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="options">The WABA; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed with <c>success:true</c>.</returns>
    /// <exception cref="WhatsAppValidationException">The id is not digits; nothing was sent.</exception>
    Task RemoveAssignedUserAsync(string userId, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the on-behalf-of requests in progress on a WABA (<c>GET /{waba-id}/in_progress_onbehalf_request</c>).</summary>
    /// <param name="options">The WABA (default <see cref="WhatsAppOptions.BusinessAccountId"/>) and page size.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The requests.</returns>
    GraphPageable<OnBehalfRequest> ListOnBehalfRequestsAsync(PartnerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists a business's credit lines (<c>GET /{business-id}/extendedcredits</c>), to share with onboarded accounts.</summary>
    /// <param name="businessId">The business.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The credit lines.</returns>
    /// <exception cref="WhatsAppValidationException">The id is not digits; nothing was sent.</exception>
    GraphPageable<CreditLine> ListCreditLinesAsync(string businessId, CancellationToken cancellationToken = default);
}
