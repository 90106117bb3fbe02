namespace CloudApi.Sdk.Diagnostics;

/// <summary>
/// The attribute names of the SDK's spans and metrics: OpenTelemetry's messaging, HTTP and error conventions where they
/// have a name, <c>whatsapp.*</c> for the rest.
/// </summary>
internal static class TelemetryTags
{
    public const string WhatsApp = "whatsapp";

    public const string MessagingSystem = "messaging.system";
    public const string MessagingOperationName = "messaging.operation.name";
    public const string MessagingOperationType = "messaging.operation.type";
    public const string MessagingDestinationName = "messaging.destination.name";
    public const string MessagingMessageId = "messaging.message.id";
    public const string MessagingBatchCount = "messaging.batch.message_count";

    public const string ServerAddress = "server.address";
    public const string HttpRequestMethod = "http.request.method";
    public const string HttpResponseStatusCode = "http.response.status_code";
    public const string ErrorType = "error.type";

    /// <summary>The SDK call (<c>messages.send</c>, <c>templates.list</c>, <c>GET {id}</c>): low cardinality, ids replaced.</summary>
    public const string Operation = "whatsapp.operation";

    /// <summary><c>success</c>, <c>failure</c> or (a send only) <c>unknown</c>.</summary>
    public const string Outcome = "whatsapp.outcome";
    public const string MessageType = "whatsapp.message.type";

    /// <summary>The recipient of a send; set only when <see cref="WhatsAppOptions.RecordRecipientsInTelemetry"/> is on (personal data).</summary>
    public const string Recipient = "whatsapp.recipient";

    public const string WaitReason = "whatsapp.rate_limit.reason";
    public const string WaitPlanned = "whatsapp.rate_limit.planned_wait";

    public const string RetryReason = "whatsapp.retry.reason";
    public const string RetryAttempt = "whatsapp.retry.attempt";
    public const string RetryDelay = "whatsapp.retry.delay";

    public const string EventType = "whatsapp.webhook.event_type";
}
