using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A list the user opens with a button and picks one row from:
/// <c>{"type":"list","header":{"type":"text","text":"..."},"body":{"text":"..."},"footer":{"text":"..."},
/// "action":{"button":"Options","sections":[{"title":"...","rows":[{"id":"...","title":"...","description":"..."}]}]}}</c>.
/// </summary>
public sealed partial class InteractiveListMessage : InteractiveMessage
{
    /// <summary>The longest body of a list message (Meta's current limit; older documents say 1,024).</summary>
    public new const int MaxBodyLength = 4096;

    /// <summary>The longest label of the button that opens the list.</summary>
    public const int MaxButtonLength = 20;

    /// <summary>The most sections.</summary>
    public const int MaxSections = 10;

    /// <summary>The most rows across all sections.</summary>
    public const int MaxRows = 10;

    private readonly ListSection[] _sections;

    /// <summary>Creates a list message.</summary>
    /// <param name="body">The text, 1 to <see cref="MaxBodyLength"/> characters.</param>
    /// <param name="button">The label of the button that opens the list, 1 to 20 characters.</param>
    /// <param name="sections">1 to 10 sections with at most 10 rows in all; every section needs a title when there are several.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing or too long, a limit on sections or rows is broken, or row ids repeat.</exception>
    public InteractiveListMessage(string body, string button, params IEnumerable<ListSection> sections)
    {
        BodyPart = ValidBody(body, MaxBodyLength);
        Validate.Text(button, MaxButtonLength, "interactive.action.button");
        _sections = Validate.Copy(sections, "interactive.action.sections");
        Validate.Count(_sections.Length, 1, MaxSections, "interactive.action.sections");
        var rows = 0;
        foreach (var section in _sections)
        {
            rows += section.RowArray.Length;
            if (_sections.Length > 1 && section.Title is null)
            {
                throw new WhatsAppValidationException("interactive.action.sections.title",
                    "interactive.action.sections.title is required on every section when a list has more than one section.");
            }
        }

        Validate.Count(rows, 1, MaxRows, "interactive.action.sections.rows");
        Validate.Unique(_sections.SelectMany(s => s.RowArray).ToArray(), static r => r.Id, "interactive.action.sections.rows.id");
        Button = button;
        Sections = Validate.ReadOnly(_sections);
    }

    /// <inheritdoc />
    public override string InteractiveType => "list";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary>The label of the button that opens the list.</summary>
    public string Button { get; }

    /// <summary>The sections.</summary>
    public IReadOnlyList<ListSection> Sections { get; }

    /// <summary>
    /// <value>A header text, 1 to <see cref="InteractiveHeader.MaxTextLength"/> characters (lists take text headers only).
    /// Default <see langword="null"/> (none).</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The header is empty or too long.</exception>
    public string? Header { get => HeaderPart?.Text; init => HeaderPart = value is null ? null : InteractiveHeader.FromText(value); }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
