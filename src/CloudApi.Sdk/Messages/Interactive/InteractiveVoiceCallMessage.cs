namespace CloudApi.Sdk.Messages;

/// <summary>
/// A message with a button that calls the business on WhatsApp:
/// <c>{"type":"voice_call","body":{"text":"..."},"action":{"name":"voice_call","parameters":{"display_text":"Call on WhatsApp","ttl_minutes":100,"payload":"..."}}}</c>.
/// The user's tap starts a user-initiated call, which arrives as a <see cref="Webhooks.CallConnect"/> webhook. Calling must be
/// enabled on the number.
/// </summary>
public sealed partial class InteractiveVoiceCallMessage : InteractiveMessage
{
    /// <summary>The longest button label.</summary>
    public const int MaxDisplayTextLength = 20;

    /// <summary>The longest life of the button, in minutes (30 days).</summary>
    public const int MaxTtlMinutes = 43_200;

    /// <summary>The longest <see cref="Payload"/>.</summary>
    public const int MaxPayloadLength = 512;

    /// <summary>Creates a voice-call button message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="displayText">The button label, 1 to 20 characters.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing or too long.</exception>
    public InteractiveVoiceCallMessage(string body, string displayText)
    {
        BodyPart = ValidBody(body);
        Validate.Text(displayText, MaxDisplayTextLength, "interactive.action.parameters.display_text");
        DisplayText = displayText;
    }

    /// <inheritdoc />
    public override string InteractiveType => "voice_call";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary>The button label (<c>display_text</c>).</summary>
    public string DisplayText { get; }

    /// <summary>
    /// <value>How long the button works, in minutes (<c>ttl_minutes</c>), 1 to 43,200. Default <see langword="null"/>: Meta's default (7 days).</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? TtlMinutes
    {
        get;
        init => field = Validate.OptionalRange(value, 1, MaxTtlMinutes, "interactive.action.parameters.ttl_minutes");
    }

    /// <summary><value>Your data for the call the tap starts (<c>payload</c>), up to 512 characters. Default <see langword="null"/>: none.</value></summary>
    /// <exception cref="WhatsAppValidationException">The text is empty or too long.</exception>
    public string? Payload
    {
        get;
        init => field = Validate.OptionalText(value, MaxPayloadLength, "interactive.action.parameters.payload");
    }
}
