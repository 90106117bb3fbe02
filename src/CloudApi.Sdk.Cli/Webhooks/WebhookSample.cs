namespace CloudApi.Sdk.Cli.Webhooks;

/// <summary>One sample notification: its name on the command line, the SDK event it parses into, and how to build its body.</summary>
internal sealed class WebhookSample(string name, Type eventType, string description, Func<SampleContext, string> body)
{
    /// <summary>The name given to <c>whatsapp webhooks send-sample</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The <see cref="CloudApi.Sdk.Webhooks.WebhookEvent"/> type the SDK's parser makes of the body.</summary>
    public Type EventType { get; } = eventType;

    public string Description { get; } = description;

    /// <summary>The notification's JSON body, in Meta's envelope.</summary>
    public string Body(SampleContext context) => body(context);
}
