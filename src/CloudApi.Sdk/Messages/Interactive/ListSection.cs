namespace CloudApi.Sdk.Messages;

/// <summary>A section of an <see cref="InteractiveListMessage"/>: <c>{"title":"...","rows":[...]}</c>.</summary>
public sealed partial class ListSection
{
    /// <summary>The longest section title.</summary>
    public const int MaxTitleLength = 24;

    private readonly ListRow[] _rows;

    /// <summary>Creates a section.</summary>
    /// <param name="rows">The rows, at least one (at most 10 across all sections).</param>
    /// <exception cref="WhatsAppValidationException">There are no or too many rows.</exception>
    public ListSection(params IEnumerable<ListRow> rows)
    {
        _rows = Validate.Copy(rows, "interactive.action.sections.rows");
        Validate.Count(_rows.Length, 1, InteractiveListMessage.MaxRows, "interactive.action.sections.rows");
        Rows = Validate.ReadOnly(_rows);
    }

    /// <summary>
    /// <value>The title, 1 to 24 characters; required when the list has more than one section. Default <see langword="null"/>.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The title is empty or too long.</exception>
    public string? Title
    {
        get;
        init => field = Validate.OptionalText(value, MaxTitleLength, "interactive.action.sections.title");
    }

    /// <summary>The rows.</summary>
    public IReadOnlyList<ListRow> Rows { get; }

    internal ListRow[] RowArray => _rows;
}
