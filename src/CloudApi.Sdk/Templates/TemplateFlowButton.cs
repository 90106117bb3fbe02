namespace CloudApi.Sdk.Templates;

/// <summary>A button that opens a WhatsApp Flow (<c>FLOW</c>).</summary>
public sealed record TemplateFlowButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <param name="flowId">The id of the published flow.</param>
    public TemplateFlowButton(string text, string flowId)
    {
        Text = text;
        FlowId = flowId;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.Flow;

    /// <summary>The flow id (<c>flow_id</c>).</summary>
    public string FlowId { get; init; }

    /// <summary>The first screen for the <c>navigate</c> action (<c>navigate_screen</c>).</summary>
    public string? NavigateScreen { get; init; }

    /// <summary>The flow action, <c>navigate</c> (default) or <c>data_exchange</c> (<c>flow_action</c>).</summary>
    public string? FlowAction { get; init; }
}
