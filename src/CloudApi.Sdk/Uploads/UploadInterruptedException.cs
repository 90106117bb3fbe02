namespace CloudApi.Sdk.Uploads;

/// <summary>
/// A resumable upload was interrupted and every resume failed too. The session is still open at Meta: call
/// <see cref="IUploadsClient.ResumeFileAsync"/> with <see cref="SessionId"/> and the same file to continue from Meta's offset.
/// </summary>
public sealed class UploadInterruptedException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sessionId">The open session.</param>
    /// <param name="fileOffset">The last offset Meta reported (0 when it was never asked).</param>
    /// <param name="innerException">The last failure.</param>
    public UploadInterruptedException(string sessionId, long fileOffset, Exception? innerException)
        : base($"The upload of session {sessionId} was interrupted at byte {fileOffset} and could not be resumed: {innerException?.Message}", innerException)
    {
        SessionId = sessionId;
        FileOffset = fileOffset;
    }

    /// <summary>The session id (<c>upload:...</c>) to resume.</summary>
    public string SessionId { get; }

    /// <summary>The last offset Meta reported; the next resume asks again.</summary>
    public long FileOffset { get; }
}
