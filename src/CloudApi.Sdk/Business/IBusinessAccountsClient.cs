using System.Diagnostics.CodeAnalysis;

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
    Task<BusinessAccount> GetAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the apps subscribed to the account's webhooks (<c>GET /{waba-id}/subscribed_apps</c>), following cursor paging lazily:
    /// enumerate the apps, or <see cref="GraphPageable{T}.AsPages"/> for pages and their continuation token.
    /// </summary>
    /// <param name="options">The account and page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The subscribed apps; each keeps its own JSON.</returns>
    GraphPageable<SubscribedApp> ListSubscribedAppsAsync(BusinessAccountListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Subscribes your app to the account's webhooks (<c>POST /{waba-id}/subscribed_apps</c>) at the app's callback URL.</summary>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overload with the alternate callback has it as its required first parameter, so no call is ambiguous.")]
    Task SubscribeAppAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Subscribes your app to the account's webhooks (<c>POST /{waba-id}/subscribed_apps</c>) at an alternate callback URL.</summary>
    /// <param name="request">The alternate callback URL and its verify token.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overload with the alternate callback has it as its required first parameter, so no call is ambiguous.")]
    Task SubscribeAppAsync(SubscribeAppRequest request, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Unsubscribes your app from the account's webhooks (<c>DELETE /{waba-id}/subscribed_apps</c>).</summary>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task UnsubscribeAppAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Queries messages sent and delivered per time step (the account's <c>analytics</c> field).</summary>
    /// <param name="query">The range, time step and filters.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The analytics with their data points; empty when Meta sent none.</returns>
    Task<MessagingAnalytics> GetMessagingAnalyticsAsync(MessagingAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Queries message volume and cost (the account's <c>pricing_analytics</c> field).</summary>
    /// <param name="query">The range, time step, filters and dimensions.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The analytics with their data points; empty when Meta sent none.</returns>
    Task<PricingAnalytics> GetPricingAnalyticsAsync(PricingAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists daily template analytics (<c>GET /{waba-id}/template_analytics</c>): sends, deliveries, reads, button clicks and
    /// cost per template, following cursor paging lazily. Requires template analytics to be enabled on the account.
    /// </summary>
    /// <param name="query">The range (up to 90 days back), templates and metrics.</param>
    /// <param name="options">The account and page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The items of every page, each with its data points and its own JSON.</returns>
    GraphPageable<TemplateAnalytics> ListTemplateAnalyticsAsync(TemplateAnalyticsQuery query, BusinessAccountListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Changes the account's name or time zone (<c>POST /{waba-id}</c>).</summary>
    /// <param name="update">The changes.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The update changes nothing; nothing was sent.</exception>
    Task UpdateAsync(BusinessAccountUpdate update, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists what was done on the account (<c>GET /{waba-id}/activities</c>), newest first, following cursor paging lazily.</summary>
    /// <param name="options">The account, time range, type and page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The activities; each keeps its own JSON.</returns>
    GraphPageable<BusinessAccountActivity> ListActivitiesAsync(BusinessAccountActivityListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the account's schedules (<c>GET /{waba-id}/schedules</c>), following cursor paging lazily.</summary>
    /// <param name="options">The account and page size (1 to 100); <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The schedules; each keeps its own JSON.</returns>
    GraphPageable<BusinessSchedule> ListSchedulesAsync(BusinessAccountListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a schedule (<c>POST /{waba-id}/schedules</c>).</summary>
    /// <param name="request">The schedule.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new schedule's id.</returns>
    Task<CreateScheduleResult> CreateScheduleAsync(CreateScheduleRequest request, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default);
}
