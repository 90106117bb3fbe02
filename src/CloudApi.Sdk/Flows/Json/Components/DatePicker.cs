using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A date field (<c>DatePicker</c>); its value is the date as YYYY-MM-DD (Flow JSON 5.0+).</summary>
public sealed class DatePicker : FlowComponent
{
    /// <summary>Creates a <c>DatePicker</c>.</summary>
    /// <param name="name">The field name, unique on the screen.</param>
    /// <param name="label">The label, up to 40 characters.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public DatePicker(string name, string label)
    {
        Validate.NotEmpty(name, "DatePicker.name");
        Name = name;
        Validate.NotEmpty(label, "DatePicker.label");
        Label = label;
    }

    /// <inheritdoc/>
    public override string Type => "DatePicker";

    /// <summary>The field name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The label, up to 40 characters (<c>label</c>).</summary>
    public string Label { get; }

    /// <summary>The first date that can be picked (YYYY-MM-DD from Flow JSON 5.0) (<c>min-date</c>). Default <see langword="null"/>: not written.</summary>
    public string? MinDate { get; init; }

    /// <summary>The last date that can be picked (<c>max-date</c>). Default <see langword="null"/>: not written.</summary>
    public string? MaxDate { get; init; }

    /// <summary>Dates that cannot be picked, or a reference (<c>unavailable-dates</c>). Default <see langword="null"/>: not written.</summary>
    public FlowItems<string>? UnavailableDates { get; init; }

    /// <summary>A hint under the field (<c>helper-text</c>). Default <see langword="null"/>: not written.</summary>
    public string? HelperText { get; init; }

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

    internal static DatePicker Read(FlowObjectReader r) => new(r.RequiredString("name"), r.RequiredString("label"))
    {
        MinDate = r.String("min-date"),
        MaxDate = r.String("max-date"),
        UnavailableDates = r.Items("unavailable-dates", FlowReading.StringItem),
        HelperText = r.String("helper-text"),
        Required = r.Bool("required"),
        Enabled = r.Bool("enabled"),
        InitValue = r.String("init-value"),
        OnSelectAction = r.Action("on-select-action"),
        ErrorMessage = r.String("error-message"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        writer.WriteString("label", Label);
        FlowJsonWriting.String(writer, "min-date", MinDate);
        FlowJsonWriting.String(writer, "max-date", MaxDate);
        FlowJsonWriting.StringItems(writer, "unavailable-dates", UnavailableDates);
        FlowJsonWriting.String(writer, "helper-text", HelperText);
        FlowJsonWriting.Value(writer, "required", Required);
        FlowJsonWriting.Value(writer, "enabled", Enabled);
        FlowJsonWriting.String(writer, "init-value", InitValue);
        FlowJsonWriting.Action(writer, "on-select-action", OnSelectAction);
        FlowJsonWriting.String(writer, "error-message", ErrorMessage);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "label", Label, FlowJsonLimits.DatePickerLabel);
    }
}
