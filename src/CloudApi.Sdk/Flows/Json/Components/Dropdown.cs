using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>One choice from a drop-down list (<c>Dropdown</c>); its value is the selected id.</summary>
public sealed class Dropdown : FlowComponent
{
    /// <summary>Creates a <c>Dropdown</c>.</summary>
    /// <param name="name">The field name, unique on the screen.</param>
    /// <param name="label">The label, up to 20 characters.</param>
    /// <param name="dataSource">The items (1 to 200), or a reference such as ${data.options}.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public Dropdown(string name, string label, FlowItems<FlowOption> dataSource)
    {
        Validate.NotEmpty(name, "Dropdown.name");
        Name = name;
        Validate.NotEmpty(label, "Dropdown.label");
        Label = label;
        DataSource = Validate.NotNull(dataSource, "Dropdown.data-source");
    }

    /// <inheritdoc/>
    public override string Type => "Dropdown";

    /// <summary>The field name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The label, up to 20 characters (<c>label</c>).</summary>
    public string Label { get; }

    /// <summary>The items (1 to 200), or a reference such as ${data.options} (<c>data-source</c>).</summary>
    public FlowItems<FlowOption> DataSource { get; }

    /// <summary>The id selected at first (<c>init-value</c>). Default <see langword="null"/>: not written.</summary>
    public string? InitValue { get; init; }

    /// <summary>Whether a choice is required (<c>required</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Required { get; init; }

    /// <summary>Whether the choice can be changed (<c>enabled</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Enabled { get; init; }

    /// <summary>The action run when an item is selected (data_exchange or update_data) (<c>on-select-action</c>). Default <see langword="null"/>: not written.</summary>
    public FlowAction? OnSelectAction { get; init; }

    /// <summary>The action run when an item is unselected (update_data, Flow JSON 6.0+) (<c>on-unselect-action</c>). Default <see langword="null"/>: not written.</summary>
    public FlowAction? OnUnselectAction { get; init; }

    /// <summary>An error shown under the component (<c>error-message</c>). Default <see langword="null"/>: not written.</summary>
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

            if (OnUnselectAction is { } onUnselectAction)
            {
                yield return ("on-unselect-action", onUnselectAction);
            }
        }
    }

    internal static Dropdown Read(FlowObjectReader r) => new(r.RequiredString("name"), r.RequiredString("label"), r.Items("data-source", FlowOption.Read) ?? throw FlowObjectReader.Missing("data-source"))
    {
        InitValue = r.String("init-value"),
        Required = r.Bool("required"),
        Enabled = r.Bool("enabled"),
        OnSelectAction = r.Action("on-select-action"),
        OnUnselectAction = r.Action("on-unselect-action"),
        ErrorMessage = r.String("error-message"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        writer.WriteString("label", Label);
        FlowJsonWriting.Items(writer, "data-source", DataSource, static (w, o) => o.WriteTo(w));
        FlowJsonWriting.String(writer, "init-value", InitValue);
        FlowJsonWriting.Value(writer, "required", Required);
        FlowJsonWriting.Value(writer, "enabled", Enabled);
        FlowJsonWriting.Action(writer, "on-select-action", OnSelectAction);
        FlowJsonWriting.Action(writer, "on-unselect-action", OnUnselectAction);
        FlowJsonWriting.String(writer, "error-message", ErrorMessage);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "label", Label, FlowJsonLimits.DropdownLabel);
        validator.Options(path, "data-source", DataSource, FlowJsonLimits.DropdownOptionsMin, FlowJsonLimits.DropdownOptionsMax);
    }
}
