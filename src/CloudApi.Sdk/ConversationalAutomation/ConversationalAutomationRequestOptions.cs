namespace CloudApi.Sdk.ConversationalAutomation;

/// <summary>Optional settings of the calls of <see cref="IConversationalAutomationClient"/>.</summary>
public sealed class ConversationalAutomationRequestOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }
}
