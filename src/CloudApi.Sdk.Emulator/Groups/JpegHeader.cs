namespace CloudApi.Sdk.Emulator.Groups;

/// <summary>Reads a JPEG's pixel size from its first start-of-frame marker (the emulator checks group pictures as Meta does).</summary>
internal static class JpegHeader
{
    public static (int Width, int Height)? Size(ReadOnlySpan<byte> file)
    {
        if (file.Length < 4 || file[0] != 0xFF || file[1] != 0xD8)
        {
            return null;
        }

        var i = 2;
        while (i + 4 <= file.Length && file[i] == 0xFF)
        {
            var marker = file[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var length = (file[i + 2] << 8) | file[i + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return i + 9 <= file.Length ? (((file[i + 7] << 8) | file[i + 8]), ((file[i + 5] << 8) | file[i + 6])) : null;
            }

            if (marker is 0xD9 or 0xDA || length < 2)
            {
                return null;
            }

            i += 2 + length;
        }

        return null;
    }
}
