namespace CloudApi.Sdk.Webhooks;

/// <summary>One webhook POST body, parsed: its events in the order they appear (entries, then changes, then items).</summary>
public sealed class WebhookNotification
{
    internal WebhookNotification()
    {
    }

    /// <summary>The <c>object</c> of the envelope, normally <c>whatsapp_business_account</c>; empty when absent.</summary>
    public string ObjectType { get; internal init; } = string.Empty;

    /// <summary>Every event of the body: messages, statuses, errors, field updates, and unknown events with their raw JSON.</summary>
    public IReadOnlyList<WebhookEvent> Events { get; internal init; } = [];
}
