using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A message with up to three reply buttons:
/// <c>{"type":"button","header":{...},"body":{"text":"..."},"footer":{"text":"..."},"action":{"buttons":[{"type":"reply","reply":{"id":"...","title":"..."}}]}}</c>.
/// </summary>
public sealed partial class InteractiveButtonsMessage : InteractiveMessage
{
    /// <summary>The most buttons a message can have.</summary>
    public const int MaxButtons = 3;

    private readonly ReplyButton[] _buttons;

    /// <summary>Creates a reply-buttons message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="buttons">1 to 3 buttons with unique ids and unique titles.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing, too long, or repeated, or there are no or too many buttons.</exception>
    public InteractiveButtonsMessage(string body, params IEnumerable<ReplyButton> buttons)
    {
        BodyPart = ValidBody(body);
        _buttons = Validate.Copy(buttons, "interactive.action.buttons");
        Validate.Count(_buttons.Length, 1, MaxButtons, "interactive.action.buttons");
        Validate.Unique(_buttons, static b => b.Id, "interactive.action.buttons.reply.id");
        Validate.Unique(_buttons, static b => b.Title, "interactive.action.buttons.reply.title");
        Buttons = Validate.ReadOnly(_buttons);
    }

    /// <inheritdoc />
    public override string InteractiveType => "button";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary>The buttons.</summary>
    public IReadOnlyList<ReplyButton> Buttons { get; }

    /// <summary><value>A text, image, video or document header. Default <see langword="null"/> (none).</value></summary>
    public InteractiveHeader? Header { get => HeaderPart; init => HeaderPart = value; }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
