using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A message with one button that opens a URL:
/// <c>{"type":"cta_url","body":{"text":"..."},"action":{"name":"cta_url","parameters":{"display_text":"See dates","url":"https://..."}}}</c>.
/// The URL is sent exactly as given (<see cref="Uri.OriginalString"/>).
/// </summary>
public sealed partial class InteractiveCtaUrlMessage : InteractiveMessage
{
    /// <summary>The longest button label.</summary>
    public const int MaxDisplayTextLength = 20;

    /// <summary>Creates a call-to-action URL message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="displayText">The button label, 1 to 20 characters.</param>
    /// <param name="url">The absolute http(s) URL the button opens.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing or too long, or the URL is not absolute http(s).</exception>
    public InteractiveCtaUrlMessage(string body, string displayText, Uri url)
    {
        BodyPart = ValidBody(body);
        Validate.Text(displayText, MaxDisplayTextLength, "interactive.action.parameters.display_text");
        Validate.HttpUri(url, "interactive.action.parameters.url");
        DisplayText = displayText;
        Url = url;
    }

    /// <inheritdoc />
    public override string InteractiveType => "cta_url";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary>The button label.</summary>
    public string DisplayText { get; }

    /// <summary>The URL the button opens.</summary>
    public Uri Url { get; }

    /// <summary><value>A text, image, video or document header. Default <see langword="null"/> (none).</value></summary>
    public InteractiveHeader? Header { get => HeaderPart; init => HeaderPart = value; }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
