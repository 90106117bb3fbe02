using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Endpoint;

/// <summary>
/// What a data-exchange request asks for (<c>action</c>). String-backed, so an action Meta adds later is kept, not
/// rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowRequestAction>))]
public readonly partial struct FlowRequestAction
{
    /// <summary><c>ping</c>: WhatsApp's health check; the endpoint answers it itself.</summary>
    public static FlowRequestAction Ping { get; } = new("ping");

    /// <summary><c>INIT</c>: the user opened a flow sent with <c>flow_action</c> <c>data_exchange</c>; answer with the first screen.</summary>
    public static FlowRequestAction Init { get; } = new("INIT");

    /// <summary><c>BACK</c>: the user went back to a screen that has <c>refresh_on_back</c>; answer with that screen's data.</summary>
    public static FlowRequestAction Back { get; } = new("BACK");

    /// <summary><c>data_exchange</c>: a component's <c>data_exchange</c> action; answer with the next screen, an error, or the end.</summary>
    public static FlowRequestAction DataExchange { get; } = new("data_exchange");

    /// <summary><c>navigate</c>: sent by older Flow JSON versions on navigation.</summary>
    public static FlowRequestAction Navigate { get; } = new("navigate");
}
