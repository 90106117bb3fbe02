using System.Text.Json;

namespace CloudApi.Sdk.Flows.Endpoint;

/// <summary>
/// A decrypted data-exchange request: which action, on which screen, the data the screen sent and the flow token
/// the business gave when it sent the flow. An error notification (WhatsApp telling the endpoint that its last answer
/// could not be used) has <see cref="IsErrorNotification"/> set.
/// </summary>
public sealed class FlowRequest
{
    private FlowRequest(JsonElement raw)
    {
        RawJson = raw;
        Version = String(raw, "version") ?? string.Empty;
        Action = new FlowRequestAction(String(raw, "action") ?? string.Empty);
        Screen = String(raw, "screen");
        FlowToken = String(raw, "flow_token");
        Data = raw.TryGetProperty("data", out var data) ? data : default;
        Error = String(Data, "error");
        ErrorMessage = String(Data, "error_message");
    }

    /// <summary>The data API version (<c>version</c>), e.g. <c>3.0</c>.</summary>
    public string Version { get; }

    /// <summary>The action (<c>action</c>).</summary>
    public FlowRequestAction Action { get; }

    /// <summary>The screen the request comes from (<c>screen</c>); <see langword="null"/> for INIT and ping.</summary>
    public string? Screen { get; }

    /// <summary>The flow token (<c>flow_token</c>) the business set when it sent the flow: it identifies the conversation.</summary>
    public string? FlowToken { get; }

    /// <summary>The data the screen sent (<c>data</c>): the payload of its action. <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement Data { get; }

    /// <summary>Whether this is an error notification (<c>data.error</c> is set) rather than a user's action.</summary>
    public bool IsErrorNotification => Error is not null;

    /// <summary>The error code of an error notification (<c>data.error</c>), e.g. <c>INVALID_SCREEN_TRANSITION</c>.</summary>
    public string? Error { get; }

    /// <summary>The error message of an error notification (<c>data.error_message</c>).</summary>
    public string? ErrorMessage { get; }

    /// <summary>The whole decrypted request.</summary>
    public JsonElement RawJson { get; }

    /// <summary>A string value of <see cref="Data"/>, or <see langword="null"/> when absent or not a string.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value.</returns>
    public string? GetDataString(string name) => String(Data, name);

    /// <summary>Reads a decrypted request.</summary>
    /// <param name="json">The decrypted UTF-8 JSON.</param>
    /// <returns>The request.</returns>
    /// <exception cref="FormatException">It is not a JSON object.</exception>
    public static FlowRequest Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("A decrypted Flows request is a JSON object.");
            }

            return new FlowRequest(document.RootElement.Clone());
        }
        catch (JsonException exception)
        {
            throw new FormatException("A decrypted Flows request is not valid JSON.", exception);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
