namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A webhook body is not valid JSON, or not a JSON object. The parser throws nothing else: unknown message types,
/// fields and properties are kept or ignored, never refused.
/// </summary>
public sealed class WebhookPayloadException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the body.</param>
    /// <param name="innerException">The JSON reader's error, if any.</param>
    public WebhookPayloadException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The byte offset in the body near which the problem was found, when known.</summary>
    public long? BytePosition { get; internal init; }
}
