namespace CloudApi.Sdk.Media;

/// <summary>
/// A downloaded file does not match what Meta reported: its SHA-256 or its size differs. The bytes already written to the
/// destination are not trustworthy; discard them and download again (fetch a fresh URL first).
/// </summary>
public sealed class MediaIntegrityException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="mediaId">The media id.</param>
    /// <param name="expectedSha256">The SHA-256 Meta reported.</param>
    /// <param name="actualSha256">The SHA-256 of the bytes received, in lower-case hexadecimal.</param>
    /// <param name="expectedLength">The size Meta reported.</param>
    /// <param name="actualLength">The number of bytes received.</param>
    public MediaIntegrityException(string mediaId, string? expectedSha256, string actualSha256, long expectedLength, long actualLength)
        : base($"Media {mediaId} failed its integrity check: received {actualLength} bytes with SHA-256 {actualSha256}, " +
            $"but Meta reported {expectedLength} bytes with SHA-256 {expectedSha256}. Discard the download.")
    {
        MediaId = mediaId;
        ExpectedSha256 = expectedSha256;
        ActualSha256 = actualSha256;
        ExpectedLength = expectedLength;
        ActualLength = actualLength;
    }

    /// <summary>The media id.</summary>
    public string MediaId { get; }

    /// <summary>The SHA-256 Meta reported.</summary>
    public string? ExpectedSha256 { get; }

    /// <summary>The SHA-256 of the received bytes (lower-case hexadecimal).</summary>
    public string ActualSha256 { get; }

    /// <summary>The size Meta reported.</summary>
    public long ExpectedLength { get; }

    /// <summary>The number of bytes received.</summary>
    public long ActualLength { get; }
}
