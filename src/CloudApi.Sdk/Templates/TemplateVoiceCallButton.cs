namespace CloudApi.Sdk.Templates;

/// <summary>
/// A button that calls the business on WhatsApp (<c>VOICE_CALL</c>): <c>{"type":"VOICE_CALL","text":"Call Now"}</c>. The
/// user's tap starts a user-initiated call (a <see cref="Webhooks.CallConnect"/> webhook); calling must be enabled on the number.
/// </summary>
public sealed class TemplateVoiceCallButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public TemplateVoiceCallButton(string text)
    {
        Text = TemplateDefinitionChecks.Required(text, "text");
    }

    /// <summary>The longest <see cref="TtlMinutes"/> (30 days).</summary>
    public const int MaxTtlMinutes = 43_200;

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.VoiceCall;

    /// <summary><value>How long the button works after the message is sent, in minutes (<c>ttl_minutes</c>), 1 to 43,200. Default <see langword="null"/>: Meta's default.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? TtlMinutes
    {
        get;
        init => field = Validate.OptionalRange(value, 1, MaxTtlMinutes, "ttl_minutes");
    }
}
