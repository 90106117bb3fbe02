namespace CloudApi.Sdk.AspNetCore;

/// <summary>A wait for a user's reply (<see cref="IWhatsAppConversations.WaitForReplyAsync"/>) ended without an answer.</summary>
public sealed class ReplyTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="user">The user waited for.</param>
    /// <param name="timeout">How long the wait lasted.</param>
    public ReplyTimeoutException(string user, TimeSpan timeout)
        : base($"No reply from {user} within {timeout}.")
    {
        User = user;
        Timeout = timeout;
    }

    /// <summary>The user waited for, as normalized (a phone number's digits, or a business-scoped user id).</summary>
    public string User { get; }

    /// <summary>How long the wait lasted.</summary>
    public TimeSpan Timeout { get; }
}
