namespace CloudApi.Sdk.Messages;

/// <summary>A row of an <see cref="InteractiveListMessage"/> section: <c>{"id":"...","title":"...","description":"..."}</c>.</summary>
public sealed partial class ListRow
{
    /// <summary>The longest row id.</summary>
    public const int MaxIdLength = 200;

    /// <summary>The longest row title.</summary>
    public const int MaxTitleLength = 24;

    /// <summary>The longest row description.</summary>
    public const int MaxDescriptionLength = 72;

    /// <summary>Creates a row.</summary>
    /// <param name="id">The id your webhook receives when the user picks the row: 1 to 200 characters, unique in the message.</param>
    /// <param name="title">The title, 1 to 24 characters.</param>
    /// <exception cref="WhatsAppValidationException">A field is empty or too long.</exception>
    public ListRow(string id, string title)
    {
        Validate.Text(id, MaxIdLength, "interactive.action.sections.rows.id");
        Validate.Text(title, MaxTitleLength, "interactive.action.sections.rows.title");
        Id = id;
        Title = title;
    }

    /// <summary>The id sent back when the row is picked.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary><value>A description under the title, 1 to 72 characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The description is empty or too long.</exception>
    public string? Description
    {
        get;
        init => field = Validate.OptionalText(value, MaxDescriptionLength, "interactive.action.sections.rows.description");
    }
}
