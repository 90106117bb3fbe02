namespace CloudApi.Sdk.Groups;

/// <summary>
/// A group's new profile picture: a square JPEG of at least <see cref="GroupLimits.MinProfilePictureSide"/> pixels a side and
/// at most <see cref="GroupLimits.MaxProfilePictureBytes"/> bytes, checked when built (Meta answers 131209 for a picture
/// that is not square and 131210 for one too small).
/// </summary>
public sealed class GroupProfilePicture
{
    /// <summary>Creates the picture from the bytes of a JPEG file (copied).</summary>
    /// <param name="jpeg">The JPEG file.</param>
    /// <exception cref="WhatsAppValidationException">The file is empty, too large, not a JPEG, not square or too small.</exception>
    public GroupProfilePicture(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.IsEmpty)
        {
            throw new WhatsAppValidationException("file", "The profile picture file is empty.");
        }

        if (jpeg.Length > GroupLimits.MaxProfilePictureBytes)
        {
            throw new WhatsAppValidationException("file",
                $"The profile picture is {jpeg.Length} bytes; the limit is {GroupLimits.MaxProfilePictureBytes}.", GroupLimits.MaxProfilePictureBytes);
        }

        var size = JpegSize.Read(jpeg)
            ?? throw new WhatsAppValidationException("file", "The profile picture must be a JPEG file (Meta accepts image/jpeg only).");
        if (size.Width != size.Height)
        {
            throw new WhatsAppValidationException("file", $"The profile picture is {size.Width}x{size.Height} pixels; it must be square (width equal to height).");
        }

        if (size.Width < GroupLimits.MinProfilePictureSide)
        {
            throw new WhatsAppValidationException("file",
                $"The profile picture is {size.Width}x{size.Height} pixels; the smallest is {GroupLimits.MinProfilePictureSide}x{GroupLimits.MinProfilePictureSide}.",
                GroupLimits.MinProfilePictureSide);
        }

        Content = jpeg.ToArray();
        Side = size.Width;
    }

    /// <summary>The JPEG file.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The picture's width and height in pixels.</summary>
    public int Side { get; }
}
