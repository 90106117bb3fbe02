using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Dispatch;

/// <summary>The endpoint's and dispatcher's log messages. None carries a secret or a body.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(1, LogLevel.Error, "Webhook handler {Handler} failed on {EventType} {EventKey}; the other handlers and events still run, and the event is not recorded as handled.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string eventType, string? eventKey);

    [LoggerMessage(2, LogLevel.Debug, "Duplicate webhook event {EventKey} dropped.")]
    public static partial void DuplicateDropped(ILogger logger, string eventKey);

    [LoggerMessage(3, LogLevel.Warning, "Webhook de-duplication failed for {EventKey}; the event is handled anyway.")]
    public static partial void DeduplicationFailed(ILogger logger, Exception exception, string eventKey);

    [LoggerMessage(4, LogLevel.Warning, "Webhook POST refused: {Reason}.")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(5, LogLevel.Warning, "Webhook verification refused (mode '{Mode}'); check the verify token configured at Meta and here.")]
    public static partial void VerificationRefused(ILogger logger, string? mode);

    [LoggerMessage(6, LogLevel.Information, "Webhook verification handshake accepted.")]
    public static partial void VerificationAccepted(ILogger logger);

    [LoggerMessage(7, LogLevel.Warning, "Webhook inbox full; answered 503 so Meta delivers again later.")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(8, LogLevel.Error, "No app secret is configured for WhatsApp client '{ClientName}'; webhook POSTs are refused.")]
    public static partial void NoAppSecret(ILogger logger, string clientName);

    [LoggerMessage(9, LogLevel.Error, "Webhook dispatch failed unexpectedly.")]
    public static partial void DispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(10, LogLevel.Error, "The webhook inbox could not store a notification; answered 503 so Meta delivers again later.")]
    public static partial void InboxFailed(ILogger logger, Exception exception);

    [LoggerMessage(11, LogLevel.Warning, "{Failed} of {Total} webhook events failed; answered 500 so Meta delivers the notification again (events already handled are skipped then).")]
    public static partial void AnsweredForRedelivery(ILogger logger, int failed, int total);
}
