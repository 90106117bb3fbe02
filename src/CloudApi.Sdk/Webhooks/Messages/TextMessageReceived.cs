namespace CloudApi.Sdk.Webhooks;

/// <summary>A text message (<c>type: text</c>).</summary>
public sealed record TextMessageReceived : InboundMessage
{
    /// <summary>The text (<c>text.body</c>).</summary>
    public string Body { get; init; } = string.Empty;
}
