using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>The button at the bottom of a screen (<c>Footer</c>); one per screen, required on a terminal screen.</summary>
public sealed class Footer : FlowComponent
{
    /// <summary>Creates a <c>Footer</c>.</summary>
    /// <param name="label">The button text, up to 35 characters.</param>
    /// <param name="onClickAction">The action: navigate, data_exchange or complete.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public Footer(string label, FlowAction onClickAction)
    {
        Validate.NotEmpty(label, "Footer.label");
        Label = label;
        OnClickAction = Validate.NotNull(onClickAction, "Footer.on-click-action");
    }

    /// <inheritdoc/>
    public override string Type => "Footer";

    /// <summary>The button text, up to 35 characters (<c>label</c>).</summary>
    public string Label { get; }

    /// <summary>The action: navigate, data_exchange or complete (<c>on-click-action</c>).</summary>
    public FlowAction OnClickAction { get; }

    /// <summary>A caption left of the button (<c>left-caption</c>). Default <see langword="null"/>: not written.</summary>
    public string? LeftCaption { get; init; }

    /// <summary>A caption centred above the button (<c>center-caption</c>). Default <see langword="null"/>: not written.</summary>
    public string? CenterCaption { get; init; }

    /// <summary>A caption right of the button (<c>right-caption</c>). Default <see langword="null"/>: not written.</summary>
    public string? RightCaption { get; init; }

    /// <summary>Whether the button can be pressed (<c>enabled</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Enabled { get; init; }

    internal override IEnumerable<(string Property, FlowAction Action)> Actions
    {
        get
        {
            yield return ("on-click-action", OnClickAction);
        }
    }

    internal static Footer Read(FlowObjectReader r) => new(r.RequiredString("label"), r.Action("on-click-action") ?? throw FlowObjectReader.Missing("on-click-action"))
    {
        LeftCaption = r.String("left-caption"),
        CenterCaption = r.String("center-caption"),
        RightCaption = r.String("right-caption"),
        Enabled = r.Bool("enabled"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("label", Label);
        FlowJsonWriting.Action(writer, "on-click-action", OnClickAction);
        FlowJsonWriting.String(writer, "left-caption", LeftCaption);
        FlowJsonWriting.String(writer, "center-caption", CenterCaption);
        FlowJsonWriting.String(writer, "right-caption", RightCaption);
        FlowJsonWriting.Value(writer, "enabled", Enabled);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "label", Label, FlowJsonLimits.FooterLabel);
    }
}
