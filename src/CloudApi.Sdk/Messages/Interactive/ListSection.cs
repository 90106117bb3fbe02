namespace CloudApi.Sdk.Messages;

/// <summary>A section of an <see cref="InteractiveListMessage"/>: <c>{"title":"...","rows":[...]}</c>.</summary>
public sealed class ListSection
{
    /// <summary>The longest section title.</summary>
    public const int MaxTitleLength = 24;

    private readonly ListRow[] _rows;

    /// <summary>Creates a section.</summary>
    /// <param name="title">The title, 1 to 24 characters; required when the list has more than one section, otherwise <see langword="null"/> is allowed.</param>
    /// <param name="rows">The rows, at least one (at most 10 across all sections).</param>
    /// <exception cref="WhatsAppValidationException">The title is empty or too long, or there are no rows.</exception>
    public ListSection(string? title, params IEnumerable<ListRow> rows)
    {
        Validate.OptionalText(title, MaxTitleLength, "interactive.action.sections.title");
        _rows = Validate.Copy(rows, "interactive.action.sections.rows");
        Validate.Count(_rows.Length, 1, InteractiveListMessage.MaxRows, "interactive.action.sections.rows");
        Title = title;
        Rows = Validate.ReadOnly(_rows);
    }

    /// <summary>The title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<ListRow> Rows { get; }

    internal ListRow[] RowArray => _rows;
}
