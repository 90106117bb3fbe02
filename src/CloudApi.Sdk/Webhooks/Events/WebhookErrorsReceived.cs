namespace CloudApi.Sdk.Webhooks;

/// <summary>Errors Meta reports for the business number rather than a message (<c>value.errors[]</c> of a <c>messages</c> change).</summary>
public sealed class WebhookErrorsReceived : WebhookEvent
{
    internal WebhookErrorsReceived()
    {
    }

    /// <summary>The errors.</summary>
    public IReadOnlyList<WebhookError> Errors { get; internal init; } = [];
}
