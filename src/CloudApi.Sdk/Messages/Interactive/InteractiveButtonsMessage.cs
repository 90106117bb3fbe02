using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A message with up to three reply buttons:
/// <c>{"type":"button","header":{...},"body":{"text":"..."},"footer":{"text":"..."},"action":{"buttons":[{"type":"reply","reply":{"id":"...","title":"..."}}]}}</c>.
/// </summary>
public sealed class InteractiveButtonsMessage : InteractiveMessage
{
    /// <summary>The most buttons a message can have.</summary>
    public const int MaxButtons = 3;

    private readonly ReplyButton[] _buttons;

    /// <summary>Creates a reply-buttons message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="buttons">1 to 3 buttons with unique ids and unique titles.</param>
    /// <param name="header">A text, image, video or document header; <see langword="null"/> for none.</param>
    /// <param name="footer">The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing, too long, or repeated, or there are no or too many buttons.</exception>
    public InteractiveButtonsMessage(string body, IEnumerable<ReplyButton> buttons, InteractiveHeader? header = null, string? footer = null)
        : base(header, body, footer)
    {
        Validate.Text(body, MaxBodyLength, "interactive.body.text");
        _buttons = Validate.Copy(buttons, "interactive.action.buttons");
        Validate.Count(_buttons.Length, 1, MaxButtons, "interactive.action.buttons");
        Validate.Unique(_buttons, static b => b.Id, "interactive.action.buttons.reply.id");
        Validate.Unique(_buttons, static b => b.Title, "interactive.action.buttons.reply.title");
        Buttons = Validate.ReadOnly(_buttons);
    }

    /// <inheritdoc />
    public override string InteractiveType => "button";

    /// <summary>The buttons.</summary>
    public IReadOnlyList<ReplyButton> Buttons { get; }

    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.Button;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        writer.WriteStartArray(JsonNames.Buttons);
        foreach (var button in _buttons)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Type, JsonNames.Reply);
            writer.WriteStartObject(JsonNames.Reply);
            writer.WriteString(JsonNames.Id, button.Id);
            writer.WriteString(JsonNames.Title, button.Title);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
