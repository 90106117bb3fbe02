namespace CloudApi.Sdk;

/// <summary>The base of every exception the SDK throws for a failed call (not for invalid arguments, which are <see cref="WhatsAppValidationException"/>).</summary>
public class WhatsAppException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public WhatsAppException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public WhatsAppException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// When the limiter refused a send because its number's queue was full (nothing was sent): how long until there is
    /// room. The bulk sender waits that long and sends again instead of failing the message; <see langword="null"/> for
    /// every other failure.
    /// </summary>
    internal virtual TimeSpan? QueueFullRetryAfter => null;
}
