namespace CloudApi.Sdk.Messages;

/// <summary>One message of a bulk send.</summary>
/// <param name="Recipient">The recipient's phone number with its country code.</param>
/// <param name="Message">The content.</param>
/// <param name="Options">Per-message options (sender, callback data); <see langword="null"/> for defaults.</param>
public sealed record BulkMessage(string Recipient, WhatsAppMessage Message, SendMessageOptions? Options = null);
