using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A link in the text (<c>EmbeddedLink</c>); at most 2 per screen.</summary>
public sealed class EmbeddedLink : FlowComponent
{
    /// <summary>Creates a <c>EmbeddedLink</c>.</summary>
    /// <param name="text">The link text, up to 25 characters.</param>
    /// <param name="onClickAction">The action: navigate, data_exchange or open_url.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public EmbeddedLink(string text, FlowAction onClickAction)
    {
        Validate.NotEmpty(text, "EmbeddedLink.text");
        Text = text;
        OnClickAction = Validate.NotNull(onClickAction, "EmbeddedLink.on-click-action");
    }

    /// <inheritdoc/>
    public override string Type => "EmbeddedLink";

    /// <summary>The link text, up to 25 characters (<c>text</c>).</summary>
    public string Text { get; }

    /// <summary>The action: navigate, data_exchange or open_url (<c>on-click-action</c>).</summary>
    public FlowAction OnClickAction { get; }

    internal override IEnumerable<(string Property, FlowAction Action)> Actions
    {
        get
        {
            yield return ("on-click-action", OnClickAction);
        }
    }

    internal static EmbeddedLink Read(FlowObjectReader r) => new(r.RequiredString("text"), r.Action("on-click-action") ?? throw FlowObjectReader.Missing("on-click-action"));

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("text", Text);
        FlowJsonWriting.Action(writer, "on-click-action", OnClickAction);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "text", Text, FlowJsonLimits.EmbeddedLinkText);
    }
}
