using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A message with a button that opens a WhatsApp Flow:
/// <c>{"type":"flow","body":{"text":"..."},"action":{"name":"flow","parameters":{"flow_message_version":"3","flow_token":"...",
/// "flow_id":"...","flow_cta":"Open","flow_action":"navigate","flow_action_payload":{"screen":"WELCOME","data":{...}}}}}</c>.
/// </summary>
public sealed class InteractiveFlowMessage : InteractiveMessage
{
    /// <summary>The longest button label (<c>flow_cta</c>).</summary>
    public const int MaxFlowCtaLength = 20;

    /// <summary>Creates a flow message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="flow">The flow, by id or by name.</param>
    /// <param name="flowCta">The button label, 1 to 20 characters.</param>
    /// <param name="action">Open on a screen (<see cref="FlowAction.Navigate"/>) or ask your endpoint (<see cref="FlowAction.DataExchange"/>).</param>
    /// <param name="flowToken">A token your endpoint receives with the flow's data, to recognise the session; <see langword="null"/> for none.</param>
    /// <param name="draft">Send a flow that is not yet published (<c>"mode":"draft"</c>), for testing.</param>
    /// <param name="header">A text, image, video or document header; <see langword="null"/> for none.</param>
    /// <param name="footer">The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing, empty or too long.</exception>
    public InteractiveFlowMessage(string body, FlowReference flow, string flowCta, FlowAction action, string? flowToken = null, bool draft = false, InteractiveHeader? header = null, string? footer = null)
        : base(header, body, footer)
    {
        Validate.Text(body, MaxBodyLength, "interactive.body.text");
        Flow = Validate.NotNull(flow, "interactive.action.parameters.flow_id");
        Validate.Text(flowCta, MaxFlowCtaLength, "interactive.action.parameters.flow_cta");
        Action = Validate.NotNull(action, "interactive.action.parameters.flow_action");
        Validate.OptionalNotEmpty(flowToken, "interactive.action.parameters.flow_token");
        FlowCta = flowCta;
        FlowToken = flowToken;
        Draft = draft;
    }

    /// <inheritdoc />
    public override string InteractiveType => "flow";

    /// <summary>The flow, by id or by name.</summary>
    public FlowReference Flow { get; }

    /// <summary>The button label.</summary>
    public string FlowCta { get; }

    /// <summary>What the flow does when opened.</summary>
    public FlowAction Action { get; }

    /// <summary>The flow token, or <see langword="null"/>.</summary>
    public string? FlowToken { get; }

    /// <summary>Whether an unpublished (draft) flow is sent.</summary>
    public bool Draft { get; }

    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.Flow;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        StartNamedAction(writer, JsonNames.Flow);
        writer.WriteString(JsonNames.FlowMessageVersion, "3"u8);
        writer.WriteOptionalString(JsonNames.FlowToken, FlowToken);
        writer.WriteOptionalString(JsonNames.FlowId, Flow.Id);
        writer.WriteOptionalString(JsonNames.FlowName, Flow.Name);
        writer.WriteString(JsonNames.FlowCta, FlowCta);
        if (Draft)
        {
            writer.WriteString(JsonNames.Mode, "draft"u8);
        }

        writer.WriteString(JsonNames.FlowAction, Action.Name);
        if (Action.IsNavigate)
        {
            writer.WriteStartObject(JsonNames.FlowActionPayload);
            writer.WriteString(JsonNames.Screen, Action.Screen);
            if (Action.Data is { } data)
            {
                writer.WritePropertyName(JsonNames.Data);
                data.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
