using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk;

public static partial class WhatsAppModelFactory
{
    /// <summary>Builds the outcome of one message of a bulk send.</summary>
    /// <param name="index">The message's position in the input.</param>
    /// <param name="message">The message as given.</param>
    /// <param name="result">Meta's answer when accepted.</param>
    /// <param name="error">The failure when it was not.</param>
    /// <returns>The outcome.</returns>
    public static BulkMessageResult BulkMessageResult(int index, BulkMessage message, SendMessageResult? result = null, Exception? error = null) =>
        new(index, message, result, error);

    /// <summary>Builds the outcome of a bulk send.</summary>
    /// <param name="messages">The per-message outcomes, in input order.</param>
    /// <returns>The outcome.</returns>
    public static BulkSendResult BulkSendResult(IEnumerable<BulkMessageResult> messages) => new([.. messages]);

    /// <summary>Builds a progress report of a bulk send.</summary>
    /// <param name="completed">Messages finished.</param>
    /// <param name="accepted">Messages accepted.</param>
    /// <param name="failed">Messages failed.</param>
    /// <returns>The progress.</returns>
    public static BulkSendProgress BulkSendProgress(int completed, int accepted = 0, int failed = 0) => new(completed, accepted, failed);
}
