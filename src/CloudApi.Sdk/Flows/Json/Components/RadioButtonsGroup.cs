using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>One choice from a list shown as radio buttons (<c>RadioButtonsGroup</c>); its value is the selected id.</summary>
public sealed class RadioButtonsGroup : FlowComponent
{
    /// <summary>Creates a <c>RadioButtonsGroup</c>.</summary>
    /// <param name="name">The field name, unique on the screen.</param>
    /// <param name="dataSource">The items (1 to 20), or a reference such as ${data.options}.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public RadioButtonsGroup(string name, FlowItems<FlowOption> dataSource)
    {
        Validate.NotEmpty(name, "RadioButtonsGroup.name");
        Name = name;
        DataSource = Validate.NotNull(dataSource, "RadioButtonsGroup.data-source");
    }

    /// <inheritdoc/>
    public override string Type => "RadioButtonsGroup";

    /// <summary>The field name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The items (1 to 20), or a reference such as ${data.options} (<c>data-source</c>).</summary>
    public FlowItems<FlowOption> DataSource { get; }

    /// <summary>The label (<c>label</c>). Default <see langword="null"/>: not written.</summary>
    public string? Label { get; init; }

    /// <summary>A description under the label (<c>description</c>). Default <see langword="null"/>: not written.</summary>
    public string? Description { get; init; }

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

    internal static RadioButtonsGroup Read(FlowObjectReader r) => new(r.RequiredString("name"), r.Items("data-source", FlowOption.Read) ?? throw FlowObjectReader.Missing("data-source"))
    {
        Label = r.String("label"),
        Description = r.String("description"),
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
        FlowJsonWriting.Items(writer, "data-source", DataSource, static (w, o) => o.WriteTo(w));
        FlowJsonWriting.String(writer, "label", Label);
        FlowJsonWriting.String(writer, "description", Description);
        FlowJsonWriting.String(writer, "init-value", InitValue);
        FlowJsonWriting.Value(writer, "required", Required);
        FlowJsonWriting.Value(writer, "enabled", Enabled);
        FlowJsonWriting.Action(writer, "on-select-action", OnSelectAction);
        FlowJsonWriting.Action(writer, "on-unselect-action", OnUnselectAction);
        FlowJsonWriting.String(writer, "error-message", ErrorMessage);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Options(path, "data-source", DataSource, FlowJsonLimits.GroupOptionsMin, FlowJsonLimits.GroupOptionsMax);
    }
}
