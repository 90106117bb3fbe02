namespace CloudApi.Sdk.Business;

/// <summary>
/// Reads a WhatsApp Business Account (WABA), manages the apps subscribed to its webhooks, and queries its analytics.
/// Calls default to <see cref="WhatsAppOptions.BusinessAccountId"/>.
/// </summary>
public interface IBusinessAccountsClient
{
    /// <summary>Gets the account (<c>GET /{waba-id}?fields=...</c>).</summary>
    /// <param name="options">The account and fields; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account.</returns>
    Task<BusinessAccount> GetAsync(BusinessAccountQueryOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the apps subscribed to the account's webhooks (<c>GET /{waba-id}/subscribed_apps</c>).</summary>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscribed apps.</returns>
    Task<IReadOnlyList<SubscribedApp>> ListSubscribedAppsAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Subscribes your app to the account's webhooks (<c>POST /{waba-id}/subscribed_apps</c>), optionally to an alternate callback URL.</summary>
    /// <param name="options">The account and the alternate callback; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task SubscribeAppAsync(SubscribeAppOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Unsubscribes your app from the account's webhooks (<c>DELETE /{waba-id}/subscribed_apps</c>).</summary>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task UnsubscribeAppAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Queries messages sent and delivered per time step (the account's <c>analytics</c> field).</summary>
    /// <param name="query">The range, time step and filters.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data points.</returns>
    Task<MessagingAnalytics> GetMessagingAnalyticsAsync(MessagingAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Queries message volume and cost (the account's <c>pricing_analytics</c> field).</summary>
    /// <param name="query">The range, time step, filters and dimensions.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data points.</returns>
    Task<IReadOnlyList<PricingDataPoint>> GetPricingAnalyticsAsync(PricingAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Queries daily template analytics (<c>GET /{waba-id}/template_analytics</c>): sends, deliveries, reads, button clicks and
    /// cost per template, following cursor paging. Requires template analytics to be enabled on the account.
    /// </summary>
    /// <param name="query">The range (up to 90 days back), templates and metrics.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data points of every page.</returns>
    Task<IReadOnlyList<TemplateAnalyticsDataPoint>> GetTemplateAnalyticsAsync(TemplateAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);
}
