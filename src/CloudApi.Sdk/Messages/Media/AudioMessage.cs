using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// An audio file or voice note (AAC, AMR, MP3, M4A, OGG/OPUS; up to 16 MB): <c>{"type":"audio","audio":{"id":"...","voice":true}}</c>.
/// Audio has no caption.
/// </summary>
public sealed class AudioMessage : MediaMessage
{
    /// <summary>Creates an audio message.</summary>
    /// <param name="media">The uploaded media id or a public link.</param>
    /// <param name="voice">Send as a voice note (<c>"voice":true</c>); the file must be OGG/OPUS, and shows a play icon up to 512 KB.</param>
    public AudioMessage(MediaSource media, bool voice = false)
        : base(media, "audio")
    {
        Voice = voice;
    }

    /// <inheritdoc />
    public override string Type => "audio";

    /// <summary>Whether the audio is sent as a voice note.</summary>
    public bool Voice { get; }

    internal override JsonEncodedText EncodedType => JsonNames.Audio;

    private protected override void WriteExtras(Utf8JsonWriter writer)
    {
        if (Voice)
        {
            writer.WriteBoolean(JsonNames.Voice, true);
        }
    }
}
