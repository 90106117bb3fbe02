namespace CloudApi.Sdk.Calling;

/// <summary>
/// The SDP answer the business gives a user's call (<c>session</c> with <c>sdp_type: answer</c>) when it pre-accepts or
/// accepts it, written by the application's media stack from the offer of the <see cref="Webhooks.CallConnect"/> webhook.
/// The SDK never reads or changes media: it only checks the text looks like a session description (RFC 8866: its first
/// line is <c>v=0</c>) and sends it as given.
/// </summary>
public sealed class SdpAnswer
{
    /// <summary>Creates the answer.</summary>
    /// <param name="sdp">The session description, starting with <c>v=0</c>.</param>
    /// <exception cref="WhatsAppValidationException">The text is empty or does not start with <c>v=0</c>.</exception>
    public SdpAnswer(string sdp)
    {
        Sdp = SdpText.Validate(sdp, "answer");
    }

    /// <summary>The session description (<c>session.sdp</c>), exactly as given.</summary>
    public string Sdp { get; }

    /// <summary>Names the value without its text (an SDP holds ICE credentials).</summary>
    /// <returns><c>SDP answer (n characters)</c>.</returns>
    public override string ToString() => $"SDP answer ({Sdp.Length} characters)";
}
