namespace CloudApi.Sdk.Calling;

/// <summary>
/// The one check the SDK makes of an SDP: non-empty, and its first line is the version line <c>v=0</c>. Offer or answer
/// cannot be told from the text; the type is carried by <see cref="SdpOffer"/> and <see cref="SdpAnswer"/> and written as
/// <c>sdp_type</c>, so an answer can never be sent where an offer is due.
/// </summary>
internal static class SdpText
{
    public const string Field = "session.sdp";

    public static string Validate(string? sdp, string sdpType)
    {
        if (string.IsNullOrWhiteSpace(sdp))
        {
            throw new WhatsAppValidationException(Field, $"{Field} is required: the SDP {sdpType} of the application's media stack (RFC 8866 text starting with v=0).");
        }

        var firstLine = sdp.AsSpan(0, IndexOfLineEnd(sdp));
        if (!firstLine.SequenceEqual("v=0"))
        {
            throw new WhatsAppValidationException(Field,
                $"{Field} is not an SDP {sdpType}: its first line must be 'v=0' (RFC 8866), it is '{Shorten(firstLine)}'.");
        }

        return sdp;
    }

    private static int IndexOfLineEnd(string sdp)
    {
        var end = sdp.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? sdp.Length : end;
    }

    private static string Shorten(ReadOnlySpan<char> line) => line.Length <= 20 ? line.ToString() : string.Concat(line[..20], "...");
}
