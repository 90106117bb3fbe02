namespace CloudApi.Sdk.Messages;

/// <summary>Optional settings of <see cref="IMessagesClient.MarkAsReadAsync"/>.</summary>
public sealed class MarkAsReadOptions
{
    /// <summary>
    /// <value>The business phone-number id that received the message. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value>
    /// </summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value>Whether to show the user a typing indicator (cleared when you reply, or after 25 seconds). Default <see langword="false"/>.</value>
    /// </summary>
    public bool ShowTypingIndicator { get; init; }
}
