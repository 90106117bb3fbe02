namespace CloudApi.Sdk.Groups;

/// <summary>Reads a JPEG's pixel size from its first start-of-frame marker, without decoding the image.</summary>
internal static class JpegSize
{
    /// <returns>The size, or <see langword="null"/> when <paramref name="file"/> is not a JPEG with a readable frame header.</returns>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < 4 || file[0] != 0xFF || file[1] != 0xD8)
        {
            return null;
        }

        var i = 2;
        while (i + 4 <= file.Length)
        {
            if (file[i] != 0xFF)
            {
                return null;
            }

            var marker = file[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            var length = (file[i + 2] << 8) | file[i + 3];
            if (length < 2)
            {
                return null;
            }

            // SOF0..SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > file.Length)
                {
                    return null;
                }

                var height = (file[i + 5] << 8) | file[i + 6];
                var width = (file[i + 7] << 8) | file[i + 8];
                return (width, height);
            }

            if (marker is 0xD9 or 0xDA)
            {
                return null; // end of image or start of scan before any frame header
            }

            i += 2 + length;
        }

        return null;
    }
}
