namespace CloudApi.Sdk.Messages;

/// <summary>The outcome of one message of a bulk send: its result, or the typed error it failed with.</summary>
/// <param name="Index">The message's position in the input.</param>
/// <param name="Message">The message as given.</param>
/// <param name="Result">Meta's answer when accepted; <see langword="null"/> when it failed.</param>
/// <param name="Error">The failure (<see cref="WhatsAppApiException"/>, <see cref="RateLimiting.PairRateLimitExceededException"/>,
/// <see cref="MessageOutcomeUnknownException"/>, <see cref="WhatsAppValidationException"/>, ...); <see langword="null"/> when accepted.</param>
public sealed record BulkMessageResult(int Index, BulkMessage Message, SendMessageResult? Result, Exception? Error)
{
    /// <summary>Whether Meta accepted the message.</summary>
    public bool IsAccepted => Result is not null;
}
