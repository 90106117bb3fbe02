namespace CloudApi.Sdk.Messages;

/// <summary>A reply button of an <see cref="InteractiveButtonsMessage"/>: <c>{"type":"reply","reply":{"id":"...","title":"..."}}</c>.</summary>
public sealed class ReplyButton
{
    /// <summary>The longest button title.</summary>
    public const int MaxTitleLength = 20;

    /// <summary>The longest button id.</summary>
    public const int MaxIdLength = 256;

    /// <summary>Creates a reply button.</summary>
    /// <param name="id">The id your webhook receives when the user taps the button: 1 to 256 characters, no leading or trailing spaces, unique in the message.</param>
    /// <param name="title">The label, 1 to 20 characters, unique in the message.</param>
    /// <exception cref="WhatsAppValidationException">The id or title is empty or too long, or the id has surrounding spaces.</exception>
    public ReplyButton(string id, string title)
    {
        Validate.Text(id, MaxIdLength, "interactive.action.buttons.reply.id");
        Validate.NoSurroundingWhiteSpace(id, "interactive.action.buttons.reply.id");
        Validate.Text(title, MaxTitleLength, "interactive.action.buttons.reply.title");
        Id = id;
        Title = title;
    }

    /// <summary>The id sent back when the button is tapped.</summary>
    public string Id { get; }

    /// <summary>The label.</summary>
    public string Title { get; }
}
