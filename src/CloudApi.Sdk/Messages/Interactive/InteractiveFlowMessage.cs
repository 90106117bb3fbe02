using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A message with a button that opens a WhatsApp Flow:
/// <c>{"type":"flow","body":{"text":"..."},"action":{"name":"flow","parameters":{"flow_message_version":"3","flow_token":"...",
/// "flow_id":"...","flow_cta":"Open","flow_action":"navigate","flow_action_payload":{"screen":"WELCOME","data":{...}}}}}</c>.
/// </summary>
public sealed partial class InteractiveFlowMessage : InteractiveMessage
{
    /// <summary>The longest button label (<c>flow_cta</c>): Meta's schema sets <c>maxLength: 30</c> and advises no emoji.</summary>
    public const int MaxFlowCtaLength = 30;

    /// <summary>Creates a flow message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="flow">The flow, by id or by name.</param>
    /// <param name="flowCta">The button label, 1 to 30 characters (Meta advises no emoji).</param>
    /// <exception cref="WhatsAppValidationException">A field is missing, empty or too long.</exception>
    public InteractiveFlowMessage(string body, FlowReference flow, string flowCta)
    {
        BodyPart = ValidBody(body);
        Flow = Validate.NotNull(flow, "interactive.action.parameters.flow_id");
        Validate.Text(flowCta, MaxFlowCtaLength, "interactive.action.parameters.flow_cta");
        FlowCta = flowCta;
    }

    /// <inheritdoc />
    public override string InteractiveType => "flow";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary>The flow, by id or by name.</summary>
    public FlowReference Flow { get; }

    /// <summary>The button label.</summary>
    public string FlowCta { get; }

    /// <summary>
    /// <value>Open on a screen (<see cref="FlowAction.Navigate(string)"/>) or ask your endpoint (<see cref="FlowAction.DataExchange"/>).
    /// Default <see langword="null"/>: not sent, Meta opens the flow's first screen (<c>navigate</c>).</value>
    /// </summary>
    public FlowAction? Action { get; init; }

    /// <summary>
    /// <value>A token your endpoint receives with the flow's data, to recognise the session. Default <see langword="null"/>
    /// (not sent; Meta uses <c>unused</c>); when set, not empty.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The token is empty.</exception>
    public string? FlowToken
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "interactive.action.parameters.flow_token");
    }

    /// <summary><value>Send a flow that is not yet published (<c>"mode":"draft"</c>), for testing. Default <see langword="false"/>.</value></summary>
    public bool Draft { get; init; }

    /// <summary><value>A text, image, video or document header. Default <see langword="null"/> (none).</value></summary>
    public InteractiveHeader? Header { get => HeaderPart; init => HeaderPart = value; }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
