using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A message with one button that opens a URL:
/// <c>{"type":"cta_url","body":{"text":"..."},"action":{"name":"cta_url","parameters":{"display_text":"See dates","url":"https://..."}}}</c>.
/// </summary>
public sealed class InteractiveCtaUrlMessage : InteractiveMessage
{
    /// <summary>The longest button label.</summary>
    public const int MaxDisplayTextLength = 20;

    private readonly string _urlText;

    /// <summary>Creates a call-to-action URL message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="displayText">The button label, 1 to 20 characters.</param>
    /// <param name="url">The absolute http(s) URL the button opens.</param>
    /// <param name="header">A text, image, video or document header; <see langword="null"/> for none.</param>
    /// <param name="footer">The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing or too long, or the URL is not absolute http(s).</exception>
    public InteractiveCtaUrlMessage(string body, string displayText, Uri url, InteractiveHeader? header = null, string? footer = null)
        : base(header, body, footer)
    {
        Validate.Text(body, MaxBodyLength, "interactive.body.text");
        Validate.Text(displayText, MaxDisplayTextLength, "interactive.action.parameters.display_text");
        Validate.HttpUri(url, "interactive.action.parameters.url");
        DisplayText = displayText;
        Url = url;
        _urlText = url.AbsoluteUri;
    }

    /// <inheritdoc />
    public override string InteractiveType => "cta_url";

    /// <summary>The button label.</summary>
    public string DisplayText { get; }

    /// <summary>The URL the button opens.</summary>
    public Uri Url { get; }

    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.CtaUrl;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        StartNamedAction(writer, JsonNames.CtaUrl);
        writer.WriteString(JsonNames.DisplayText, DisplayText);
        writer.WriteString(JsonNames.Url, _urlText);
        writer.WriteEndObject();
    }
}
