namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A message WhatsApp does not support on the Cloud API (<c>type: unsupported</c>, formerly <c>unknown</c>);
/// <see cref="InboundMessage.Errors"/> says why (131051).
/// </summary>
public sealed class UnsupportedMessageReceived : InboundMessage
{
    internal UnsupportedMessageReceived()
    {
    }

    /// <summary>The user's original type (<c>unsupported.type</c>), when Meta names it.</summary>
    public string? UnsupportedType { get; internal init; }
}

/// <summary>The user opened the chat for the first time and welcome messages are on (<c>type: request_welcome</c>); the service window is open.</summary>
public sealed class WelcomeRequestReceived : InboundMessage
{
    internal WelcomeRequestReceived()
    {
    }
}

/// <summary>
/// A message whose type (or interactive reply type) the SDK does not know, or whose content could not be read, kept
/// whole: read it from <see cref="WebhookEvent.RawJson"/> (the message object as received, <c>messages[i]</c>).
/// </summary>
public sealed class UnknownMessageReceived : InboundMessage
{
    internal UnknownMessageReceived()
    {
    }
}
