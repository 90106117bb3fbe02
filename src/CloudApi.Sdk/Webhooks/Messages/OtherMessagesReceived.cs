namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A message WhatsApp does not support on the Cloud API (<c>type: unsupported</c>, formerly <c>unknown</c>);
/// <see cref="InboundMessage.Errors"/> says why (131051).
/// </summary>
public sealed record UnsupportedMessageReceived : InboundMessage
{
    /// <summary>The user's original type (<c>unsupported.type</c>), when Meta names it.</summary>
    public string? UnsupportedType { get; init; }
}

/// <summary>The user opened the chat for the first time and welcome messages are on (<c>type: request_welcome</c>); the service window is open.</summary>
public sealed record WelcomeRequestReceived : InboundMessage;

/// <summary>A message whose type (or interactive reply type) the SDK does not know, kept whole.</summary>
public sealed record UnknownMessageReceived : InboundMessage
{
    /// <summary>The message object as received (<c>messages[i]</c>), for reading what the SDK does not model.</summary>
    public string RawJson { get; init; } = "{}";
}
