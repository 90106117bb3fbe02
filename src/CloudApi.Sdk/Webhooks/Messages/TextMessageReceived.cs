namespace CloudApi.Sdk.Webhooks;

/// <summary>A text message (<c>type: text</c>).</summary>
public sealed class TextMessageReceived : InboundMessage
{
    internal TextMessageReceived()
    {
    }

    /// <summary>The text (<c>text.body</c>).</summary>
    public string Body { get; internal init; } = string.Empty;
}
