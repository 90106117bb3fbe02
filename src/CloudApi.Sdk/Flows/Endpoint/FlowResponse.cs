using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Flows.Endpoint;

/// <summary>
/// The answer to a data-exchange request: the next screen with its data, an error shown on the current screen, the
/// end of the flow, or the acknowledgement of an error notification. The endpoint encrypts it.
/// </summary>
public sealed class FlowResponse
{
    private static readonly JsonObject Empty = [];
    private readonly string? _screen;
    private readonly JsonObject _data;

    private FlowResponse(string? screen, JsonObject data)
    {
        _screen = screen;
        _data = data;
    }

    /// <summary>Shows <paramref name="screen"/> with <paramref name="data"/> (the values its <c>data</c> model declares).</summary>
    /// <param name="screen">The screen id, e.g. <c>CONFIRM</c>.</param>
    /// <param name="data">The screen's data, or <see langword="null"/> for none.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="screen"/> is empty.</exception>
    public static FlowResponse NextScreen(string screen, JsonObject? data = null) => new(RequireScreen(screen), Copy(data));

    /// <summary>Keeps the user on <paramref name="screen"/> and shows <paramref name="message"/> (<c>data.error_message</c>).</summary>
    /// <param name="screen">The screen id.</param>
    /// <param name="message">The message shown to the user.</param>
    /// <param name="data">Further data of the screen, or <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="screen"/> or <paramref name="message"/> is empty.</exception>
    public static FlowResponse ErrorMessage(string screen, string message, JsonObject? data = null)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new WhatsAppValidationException("data.error_message", "The error message shown to the user is required.");
        }

        var copy = Copy(data);
        copy["error_message"] = message;
        return new FlowResponse(RequireScreen(screen), copy);
    }

    /// <summary>
    /// Ends the flow: WhatsApp closes it and sends the business an <c>nfm_reply</c> message with
    /// <paramref name="parameters"/> and the flow token (<c>extension_message_response.params</c>).
    /// </summary>
    /// <param name="flowToken">The request's flow token.</param>
    /// <param name="parameters">Further values for the <c>nfm_reply</c>, or <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="flowToken"/> is empty.</exception>
    public static FlowResponse Complete(string flowToken, JsonObject? parameters = null)
    {
        if (string.IsNullOrEmpty(flowToken))
        {
            throw new WhatsAppValidationException("flow_token", "The flow token is required to end a flow.");
        }

        var values = Copy(parameters);
        values["flow_token"] = flowToken;
        return new FlowResponse("SUCCESS", new JsonObject { ["extension_message_response"] = new JsonObject { ["params"] = values } });
    }

    /// <summary>Acknowledges an error notification (<c>{"data":{"acknowledged":true}}</c>).</summary>
    /// <returns>The answer.</returns>
    public static FlowResponse Acknowledge() => new(null, new JsonObject { ["acknowledged"] = true });

    internal static FlowResponse HealthCheck() => new(null, new JsonObject { ["status"] = "active" });

    /// <summary>The answer as UTF-8 JSON, before encryption.</summary>
    /// <returns>The JSON.</returns>
    public byte[] ToJsonUtf8()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (_screen is not null)
            {
                writer.WriteString("screen", _screen);
            }

            writer.WritePropertyName("data");
            _data.WriteTo(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The answer as JSON text, before encryption.</summary>
    /// <returns>The JSON.</returns>
    public override string ToString() => System.Text.Encoding.UTF8.GetString(ToJsonUtf8());

    private static string RequireScreen(string screen) =>
        string.IsNullOrWhiteSpace(screen) ? throw new WhatsAppValidationException("screen", "The screen id is required.") : screen;

    /// <summary>A copy, so a caller's object is neither changed nor re-parented.</summary>
    private static JsonObject Copy(JsonObject? data) => (JsonObject)(data ?? Empty).DeepClone();
}
