namespace CloudApi.Sdk.Partners;

/// <summary>Multi-partner solutions: a solution partner and a tech provider share the accounts onboarded through one solution.</summary>
public interface ISolutionsClient
{
    /// <summary>Creates a solution owned by the app (<c>POST /{application-id}/whatsapp_business_solution</c>).</summary>
    /// <param name="request">The name, the partner app and the permissions.</param>
    /// <param name="options">The owner app; <see langword="null"/> for <see cref="WhatsAppOptions.AppId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new solution's id.</returns>
    Task<CreatedSolution> CreateAsync(CreateSolutionRequest request, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the app's solutions (<c>GET /{application-id}/whatsapp_business_solutions</c>).</summary>
    /// <param name="options">The app, the role and the page size.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The solutions.</returns>
    GraphPageable<Solution> ListAsync(SolutionListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the solutions a WABA was onboarded through (<c>GET /{waba-id}/solutions</c>).</summary>
    /// <param name="options">The WABA (default <see cref="WhatsAppOptions.BusinessAccountId"/>) and page size.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The solutions.</returns>
    GraphPageable<Solution> ListForBusinessAccountAsync(PartnerListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a solution (<c>GET /{solution-id}</c>).</summary>
    /// <param name="solutionId">The solution.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The solution.</returns>
    Task<Solution> GetAsync(string solutionId, CancellationToken cancellationToken = default);

    /// <summary>Gets the solution's granular token for one onboarded business (<c>GET /{solution-id}/access_token?business_id</c>).</summary>
    /// <param name="solutionId">The solution.</param>
    /// <param name="businessId">The onboarded business.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token and its expiry.</returns>
    Task<SolutionAccessToken> GetAccessTokenAsync(string solutionId, string businessId, CancellationToken cancellationToken = default);

    /// <summary>Accepts a solution invitation as its partner (<c>POST /{solution-id}/accept</c>).</summary>
    /// <param name="solutionId">The solution.</param>
    /// <param name="request">The accepting partner app.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The partner's new status.</returns>
    Task<SolutionAcceptance> AcceptAsync(string solutionId, AcceptSolutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Rejects a solution's partnership or deactivation request (<c>POST /{solution-id}/reject</c>).</summary>
    /// <param name="solutionId">The solution.</param>
    /// <param name="request">Which request, and why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was rejected.</returns>
    Task<SolutionRejection> RejectAsync(string solutionId, RejectSolutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Asks to deactivate a solution (<c>POST /{solution-id}/send_deactivation_request</c>); the other party accepts or rejects it.</summary>
    /// <param name="solutionId">The solution.</param>
    /// <param name="reason">Why, up to 500 characters (<c>reason</c>); <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request's id.</returns>
    Task<DeactivationRequestResult> SendDeactivationRequestAsync(string solutionId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Accepts the pending deactivation request of a solution (<c>POST /{solution-id}/accept_deactivation_request</c>).</summary>
    /// <param name="solutionId">The solution.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The solution afterwards.</returns>
    Task<Solution> AcceptDeactivationRequestAsync(string solutionId, CancellationToken cancellationToken = default);

    /// <summary>Rejects the pending deactivation request of a solution (<c>POST /{solution-id}/reject_deactivation_request</c>).</summary>
    /// <param name="solutionId">The solution.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The solution afterwards.</returns>
    Task<Solution> RejectDeactivationRequestAsync(string solutionId, CancellationToken cancellationToken = default);
}
