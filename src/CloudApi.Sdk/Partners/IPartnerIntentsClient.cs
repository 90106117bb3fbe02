namespace CloudApi.Sdk.Partners;

/// <summary>Moving accounts between partners and solutions: migration intents, solution migration intents, on-behalf-of (OBO) mobility intents.</summary>
public interface IPartnerIntentsClient
{
    /// <summary>Reads a migration intent (<c>GET /{migration-intent-id}</c>).</summary>
    /// <param name="migrationIntentId">The intent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The intent and its status.</returns>
    Task<MigrationIntent> GetMigrationIntentAsync(string migrationIntentId, CancellationToken cancellationToken = default);

    /// <summary>Sets a solution migration intent on a WABA (<c>POST /{waba-id}/set_solution_migration_intent</c>).</summary>
    /// <param name="request">The solution, the action and its details.</param>
    /// <param name="options">The WABA; <see langword="null"/> for <see cref="WhatsAppOptions.BusinessAccountId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The intent's id and status.</returns>
    Task<SolutionMigrationIntentResult> SetSolutionMigrationIntentAsync(SolutionMigrationIntentRequest request, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an OBO mobility intent on a WABA (<c>POST /{waba-id}/obo_mobility_intent</c>).</summary>
    /// <param name="request">The solution, the intent type and its details.</param>
    /// <param name="options">The WABA; <see langword="null"/> for <see cref="WhatsAppOptions.BusinessAccountId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The intent's id, status and next steps.</returns>
    Task<OboMobilityIntentResult> CreateOboMobilityIntentAsync(OboMobilityIntentRequest request, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads an OBO mobility intent (<c>GET /{obo-mobility-intent-id}</c>).</summary>
    /// <param name="intentId">The intent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The intent, its account and solution.</returns>
    Task<OboMobilityIntent> GetOboMobilityIntentAsync(string intentId, CancellationToken cancellationToken = default);

    /// <summary>Sets the OBO mobility intent of a WABA (<c>POST /{waba-id}/set_obo_mobility_intent</c>). A refusal comes back as <c>success:false</c>, not as an exception.</summary>
    /// <param name="request">The solution, app, actor and your request id; <see langword="null"/> for none.</param>
    /// <param name="options">The WABA; <see langword="null"/> for <see cref="WhatsAppOptions.BusinessAccountId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether it was set, and why not.</returns>
    Task<SetOboMobilityIntentResult> SetOboMobilityIntentAsync(SetOboMobilityIntentRequest? request = null, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default);
}
