using CloudApi.Sdk.Webhooks.Wire;

namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// Turns a webhook body into typed events. Verify the body's signature first (<see cref="WebhookSignature"/>) and
/// parse the same bytes.
/// </summary>
/// <remarks>
/// The parser never rejects what Meta may add: an unknown message type becomes an <see cref="UnknownMessageReceived"/>,
/// an unknown field an <see cref="UnknownWebhookEvent"/> (both with their raw JSON), unknown properties are ignored, and
/// values of an unexpected JSON type read as absent. Only a body that is not a JSON object throws, always a
/// <see cref="WebhookPayloadException"/>. Thread-safe; it keeps no state.
/// </remarks>
public static class WhatsAppWebhookParser
{
    /// <summary>Parses a webhook body (UTF-8 JSON, as received).</summary>
    /// <param name="body">The raw request body.</param>
    /// <returns>The notification with every event of the body, in order.</returns>
    /// <exception cref="WebhookPayloadException">The body is not valid JSON, or not a JSON object.</exception>
    public static WebhookNotification Parse(ReadOnlySpan<byte> body) => WebhookWireReader.Read(body);

    /// <summary>Parses a webhook body (UTF-8 JSON, as received).</summary>
    /// <param name="body">The raw request body.</param>
    /// <returns>The notification with every event of the body, in order.</returns>
    /// <exception cref="WebhookPayloadException">The body is not valid JSON, or not a JSON object.</exception>
    public static WebhookNotification Parse(ReadOnlyMemory<byte> body) => WebhookWireReader.Read(body.Span);
}
