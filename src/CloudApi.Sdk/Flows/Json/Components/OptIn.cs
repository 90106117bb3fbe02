using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A check box to accept terms (<c>OptIn</c>); its value is a boolean.</summary>
public sealed class OptIn : FlowComponent
{
    /// <summary>Creates a <c>OptIn</c>.</summary>
    /// <param name="name">The field name, unique on the screen.</param>
    /// <param name="label">The label, up to 120 characters.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public OptIn(string name, string label)
    {
        Validate.NotEmpty(name, "OptIn.name");
        Name = name;
        Validate.NotEmpty(label, "OptIn.label");
        Label = label;
    }

    /// <inheritdoc/>
    public override string Type => "OptIn";

    /// <summary>The field name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The label, up to 120 characters (<c>label</c>).</summary>
    public string Label { get; }

    /// <summary>Whether it must be checked (<c>required</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Required { get; init; }

    /// <summary>Whether it is checked at first (<c>init-value</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? InitValue { get; init; }

    /// <summary>The action of the "Read more" link (navigate, data_exchange or open_url) (<c>on-click-action</c>). Default <see langword="null"/>: not written.</summary>
    public FlowAction? OnClickAction { get; init; }

    /// <summary>The action run when checked (update_data, Flow JSON 6.0+) (<c>on-select-action</c>). Default <see langword="null"/>: not written.</summary>
    public FlowAction? OnSelectAction { get; init; }

    /// <summary>The action run when unchecked (update_data, Flow JSON 6.0+) (<c>on-unselect-action</c>). Default <see langword="null"/>: not written.</summary>
    public FlowAction? OnUnselectAction { get; init; }

    internal override string? InputName => Name;

    internal override IEnumerable<(string Property, FlowAction Action)> Actions
    {
        get
        {
            if (OnClickAction is { } onClickAction)
            {
                yield return ("on-click-action", onClickAction);
            }

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

    internal static OptIn Read(FlowObjectReader r) => new(r.RequiredString("name"), r.RequiredString("label"))
    {
        Required = r.Bool("required"),
        InitValue = r.Bool("init-value"),
        OnClickAction = r.Action("on-click-action"),
        OnSelectAction = r.Action("on-select-action"),
        OnUnselectAction = r.Action("on-unselect-action"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        writer.WriteString("label", Label);
        FlowJsonWriting.Value(writer, "required", Required);
        FlowJsonWriting.Value(writer, "init-value", InitValue);
        FlowJsonWriting.Action(writer, "on-click-action", OnClickAction);
        FlowJsonWriting.Action(writer, "on-select-action", OnSelectAction);
        FlowJsonWriting.Action(writer, "on-unselect-action", OnUnselectAction);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "label", Label, FlowJsonLimits.OptInLabel);
    }
}
