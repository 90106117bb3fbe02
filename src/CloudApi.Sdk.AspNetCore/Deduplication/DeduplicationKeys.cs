using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Deduplication;

/// <summary>The de-duplication key of an event: messages by id, statuses by id and status; other events have none.</summary>
internal static class DeduplicationKeys
{
    public static string? For(WebhookEvent webhookEvent) => webhookEvent switch
    {
        InboundMessage { Id.Length: > 0 } message => "wa:m:" + message.Id,
        MessageStatusUpdate { MessageId.Length: > 0 } status => string.Concat("wa:s:", status.MessageId, ":", status.Status.Value),
        CallEvent { CallId.Length: > 0 } call => string.Concat("wa:c:", call.CallId, ":", call.Event),
        MessageEcho { Message.Id.Length: > 0 } echo => "wa:e:" + echo.Message.Id,
        _ => null,
    };
}
