using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// An audio file or voice note (AAC, AMR, MP3, M4A, OGG/OPUS; up to 16 MB): <c>{"type":"audio","audio":{"id":"...","voice":true}}</c>.
/// Audio has no caption.
/// </summary>
public sealed partial class AudioMessage : MediaMessage
{
    /// <summary>Creates an audio message.</summary>
    /// <param name="media">The uploaded media id or a public link.</param>
    public AudioMessage(MediaSource media)
        : base(media, "audio")
    {
    }

    /// <inheritdoc />
    public override string Type => "audio";

    /// <summary>
    /// <value>Send as a voice note (<c>"voice":true</c>); the file must be OGG/OPUS, and shows a play icon up to 512 KB.
    /// Default <see langword="false"/> (not sent).</value>
    /// </summary>
    public bool Voice { get; init; }

    internal override JsonEncodedText EncodedType => JsonNames.Audio;
}
