namespace CloudApi.Sdk.Calling;

/// <summary>
/// The SDP offer of a call the business places (<c>session</c> with <c>sdp_type: offer</c>), written by the application's
/// media stack (WebRTC, a SIP gateway, ...). The SDK never reads or changes media: it only checks the text looks like a
/// session description (RFC 8866: its first line is <c>v=0</c>) and sends it as given.
/// </summary>
public sealed class SdpOffer
{
    /// <summary>Creates the offer.</summary>
    /// <param name="sdp">The session description, starting with <c>v=0</c>.</param>
    /// <exception cref="WhatsAppValidationException">The text is empty or does not start with <c>v=0</c>.</exception>
    public SdpOffer(string sdp)
    {
        Sdp = SdpText.Validate(sdp, "offer");
    }

    /// <summary>The session description (<c>session.sdp</c>), exactly as given.</summary>
    public string Sdp { get; }

    /// <summary>Names the value without its text (an SDP holds ICE credentials).</summary>
    /// <returns><c>SDP offer (n characters)</c>.</returns>
    public override string ToString() => $"SDP offer ({Sdp.Length} characters)";
}
