using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>A sticker (WebP, 512×512; static up to 100 KB, animated up to 500 KB): <c>{"type":"sticker","sticker":{"id":"..."}}</c>.</summary>
public sealed class StickerMessage : MediaMessage
{
    /// <summary>Creates a sticker message.</summary>
    /// <param name="media">The uploaded media id or a public link.</param>
    public StickerMessage(MediaSource media)
        : base(media, "sticker")
    {
    }

    /// <inheritdoc />
    public override string Type => "sticker";

    internal override JsonEncodedText EncodedType => JsonNames.Sticker;
}
