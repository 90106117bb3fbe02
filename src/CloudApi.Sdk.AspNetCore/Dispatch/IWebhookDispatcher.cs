using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// Runs a notification's events through the registered handlers, with de-duplication: what the endpoint does inline,
/// and what an <see cref="IWebhookInbox"/>'s workers call for each notification they take out.
/// </summary>
public interface IWebhookDispatcher
{
    /// <summary>
    /// Dispatches every event of <paramref name="notification"/>, in order, in one DI scope. An event already recorded as
    /// handled is skipped; the others go to every handler, and are recorded as handled once all of them succeeded. A failing
    /// handler is logged and does not stop the other handlers or events.
    /// </summary>
    /// <param name="notification">The parsed notification.</param>
    /// <param name="receivedAt">When the endpoint received it (<see cref="WebhookContext.ReceivedAt"/>).</param>
    /// <param name="cancellationToken">Given to the handlers; cancel at shutdown.</param>
    /// <returns>How many events were handled, skipped as duplicates, or failed. Acknowledge the notification only when
    /// <see cref="WebhookDispatchResult.Succeeded"/>: a redelivery then runs only the events that failed.</returns>
    Task<WebhookDispatchResult> DispatchAsync(WebhookNotification notification, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);
}
