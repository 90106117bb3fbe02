namespace CloudApi.Sdk.Templates;

/// <summary>A button that opens a WhatsApp Flow (<c>FLOW</c>).</summary>
public sealed class TemplateFlowButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <param name="flowId">The id of the published flow.</param>
    /// <exception cref="WhatsAppValidationException">A value is <see langword="null"/>.</exception>
    public TemplateFlowButton(string text, string flowId)
    {
        Text = TemplateDefinitionChecks.Required(text, "text");
        FlowId = TemplateDefinitionChecks.Required(flowId, "flow_id");
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.Flow;

    /// <summary>The flow id (<c>flow_id</c>).</summary>
    public string FlowId { get; }

    /// <summary><value>The first screen for the <c>navigate</c> action (<c>navigate_screen</c>). Default <see langword="null"/>: not sent.</value></summary>
    public string? NavigateScreen { get; init; }

    /// <summary><value>The flow action, <c>navigate</c> or <c>data_exchange</c> (<c>flow_action</c>). Default <see langword="null"/>: not sent, Meta assumes <c>navigate</c>.</value></summary>
    public string? FlowAction { get; init; }
}
