using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A full-screen calendar for one date or a range (<c>CalendarPicker</c>, Flow JSON 6.1+).</summary>
public sealed class CalendarPicker : FlowComponent
{
    /// <summary>Creates a <c>CalendarPicker</c>.</summary>
    /// <param name="name">The field name, unique on the screen.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public CalendarPicker(string name)
    {
        Validate.NotEmpty(name, "CalendarPicker.name");
        Name = name;
    }

    /// <inheritdoc/>
    public override string Type => "CalendarPicker";

    /// <summary>The field name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The label (in range mode Meta also takes an object with start-date and end-date labels, kept raw) (<c>label</c>). Default <see langword="null"/>: not written.</summary>
    public string? Label { get; init; }

    /// <summary>The title of the calendar screen (<c>title</c>). Default <see langword="null"/>: not written.</summary>
    public string? Title { get; init; }

    /// <summary>A description on the calendar screen (<c>description</c>). Default <see langword="null"/>: not written.</summary>
    public string? Description { get; init; }

    /// <summary>A hint under the field (<c>helper-text</c>). Default <see langword="null"/>: not written.</summary>
    public string? HelperText { get; init; }

    /// <summary>single (one date) or range (a start and an end date) (<c>mode</c>). Default <see langword="null"/>: not written.</summary>
    public FlowCalendarMode? Mode { get; init; }

    /// <summary>The first date that can be picked (YYYY-MM-DD from Flow JSON 5.0) (<c>min-date</c>). Default <see langword="null"/>: not written.</summary>
    public string? MinDate { get; init; }

    /// <summary>The last date that can be picked (<c>max-date</c>). Default <see langword="null"/>: not written.</summary>
    public string? MaxDate { get; init; }

    /// <summary>Dates that cannot be picked, or a reference (<c>unavailable-dates</c>). Default <see langword="null"/>: not written.</summary>
    public FlowItems<string>? UnavailableDates { get; init; }

    /// <summary>The weekdays that can be picked (Mon, Tue…) (<c>include-days</c>). Default <see langword="null"/>: not written.</summary>
    public FlowItems<string>? IncludeDays { get; init; }

    /// <summary>In range mode, the fewest days (<c>min-days</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MinDays { get; init; }

    /// <summary>In range mode, the most days (<c>max-days</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? MaxDays { get; init; }

    /// <summary>Whether a date is required (<c>required</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Required { get; init; }

    /// <summary>Whether the date can be changed (<c>enabled</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Enabled { get; init; }

    /// <summary>The date shown at first (<c>init-value</c>). Default <see langword="null"/>: not written.</summary>
    public string? InitValue { get; init; }

    /// <summary>The action run when a date is picked (data_exchange) (<c>on-select-action</c>). Default <see langword="null"/>: not written.</summary>
    public FlowAction? OnSelectAction { get; init; }

    /// <summary>An error shown under the field (<c>error-message</c>). Default <see langword="null"/>: not written.</summary>
    public string? ErrorMessage { get; init; }

    internal override string? InputName => Name;

    internal override IEnumerable<(string Property, FlowAction Action)> Actions
    {
        get
        {
            if (OnSelectAction is { } onSelectAction)
            {
                yield return ("on-select-action", onSelectAction);
            }
        }
    }

    internal static CalendarPicker Read(FlowObjectReader r) => new(r.RequiredString("name"))
    {
        Label = r.String("label"),
        Title = r.String("title"),
        Description = r.String("description"),
        HelperText = r.String("helper-text"),
        Mode = FlowReading.Extensible<FlowCalendarMode>(r.String("mode"), static s => new FlowCalendarMode(s)),
        MinDate = r.String("min-date"),
        MaxDate = r.String("max-date"),
        UnavailableDates = r.Items("unavailable-dates", FlowReading.StringItem),
        IncludeDays = r.Items("include-days", FlowReading.StringItem),
        MinDays = r.Int("min-days"),
        MaxDays = r.Int("max-days"),
        Required = r.Bool("required"),
        Enabled = r.Bool("enabled"),
        InitValue = r.String("init-value"),
        OnSelectAction = r.Action("on-select-action"),
        ErrorMessage = r.String("error-message"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        FlowJsonWriting.String(writer, "label", Label);
        FlowJsonWriting.String(writer, "title", Title);
        FlowJsonWriting.String(writer, "description", Description);
        FlowJsonWriting.String(writer, "helper-text", HelperText);
        FlowJsonWriting.String(writer, "mode", Mode?.Value);
        FlowJsonWriting.String(writer, "min-date", MinDate);
        FlowJsonWriting.String(writer, "max-date", MaxDate);
        FlowJsonWriting.StringItems(writer, "unavailable-dates", UnavailableDates);
        FlowJsonWriting.StringItems(writer, "include-days", IncludeDays);
        FlowJsonWriting.Value(writer, "min-days", MinDays);
        FlowJsonWriting.Value(writer, "max-days", MaxDays);
        FlowJsonWriting.Value(writer, "required", Required);
        FlowJsonWriting.Value(writer, "enabled", Enabled);
        FlowJsonWriting.String(writer, "init-value", InitValue);
        FlowJsonWriting.Action(writer, "on-select-action", OnSelectAction);
        FlowJsonWriting.String(writer, "error-message", ErrorMessage);
    }
}
