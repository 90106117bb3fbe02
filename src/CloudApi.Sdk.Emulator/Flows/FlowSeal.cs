using System.Security.Cryptography;

namespace CloudApi.Sdk.Emulator.Flows;

/// <summary>
/// AES-128-GCM with the 16-byte IVs WhatsApp's client uses for Flows (which <see cref="AesGcm"/> cannot take), written
/// for the emulator independently of the SDK's endpoint code: the emulator plays WhatsApp, so a shared bug would hide.
/// GF(2^128) products are computed on byte arrays, shifting the multiplicand one bit at a time.
/// </summary>
internal static class FlowSeal
{
    private const int Block = 16;

    /// <summary>Returns ciphertext || 16-byte tag.</summary>
    public static byte[] Seal(byte[] key, byte[] iv, byte[] plaintext)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var h = aes.EncryptEcb(new byte[Block], PaddingMode.None);
        var j0 = PreCounter(h, iv);
        var sealedBytes = new byte[plaintext.Length + Block];
        Xor(aes, j0, plaintext, sealedBytes);
        Tag(aes, h, j0, sealedBytes.AsSpan(0, plaintext.Length)).CopyTo(sealedBytes, plaintext.Length);
        return sealedBytes;
    }

    /// <summary>Checks the tag of ciphertext || tag and returns the plaintext, or null when it does not authenticate.</summary>
    public static byte[]? Open(byte[] key, byte[] iv, byte[] sealedBytes)
    {
        if (sealedBytes.Length < Block)
        {
            return null;
        }

        using var aes = Aes.Create();
        aes.Key = key;
        var h = aes.EncryptEcb(new byte[Block], PaddingMode.None);
        var j0 = PreCounter(h, iv);
        var ciphertext = sealedBytes.AsSpan(0, sealedBytes.Length - Block);
        if (!CryptographicOperations.FixedTimeEquals(Tag(aes, h, j0, ciphertext), sealedBytes.AsSpan(ciphertext.Length)))
        {
            return null;
        }

        var plaintext = new byte[ciphertext.Length];
        Xor(aes, j0, ciphertext, plaintext);
        return plaintext;
    }

    private static byte[] PreCounter(byte[] h, byte[] iv)
    {
        if (iv.Length == 12)
        {
            var j = new byte[Block];
            iv.CopyTo(j, 0);
            j[15] = 1;
            return j;
        }

        var y = new byte[Block];
        Absorb(y, h, iv);
        var lengths = new byte[Block];
        WriteBits(lengths, 8, iv.Length);
        AbsorbBlock(y, h, lengths);
        return y;
    }

    private static byte[] Tag(Aes aes, byte[] h, byte[] j0, ReadOnlySpan<byte> ciphertext)
    {
        var y = new byte[Block];
        Absorb(y, h, ciphertext);
        var lengths = new byte[Block];
        WriteBits(lengths, 8, ciphertext.Length);
        AbsorbBlock(y, h, lengths);
        var mask = aes.EncryptEcb(j0, PaddingMode.None);
        for (var i = 0; i < Block; i++)
        {
            y[i] ^= mask[i];
        }

        return y;
    }

    private static void Xor(Aes aes, byte[] j0, ReadOnlySpan<byte> input, Span<byte> output)
    {
        var counter = (byte[])j0.Clone();
        for (var offset = 0; offset < input.Length; offset += Block)
        {
            for (var i = 15; i >= 12 && ++counter[i] == 0; i--)
            {
            }

            var stream = aes.EncryptEcb(counter, PaddingMode.None);
            var count = Math.Min(Block, input.Length - offset);
            for (var i = 0; i < count; i++)
            {
                output[offset + i] = (byte)(input[offset + i] ^ stream[i]);
            }
        }
    }

    private static void Absorb(byte[] y, byte[] h, ReadOnlySpan<byte> data)
    {
        for (var offset = 0; offset < data.Length; offset += Block)
        {
            var block = new byte[Block];
            data.Slice(offset, Math.Min(Block, data.Length - offset)).CopyTo(block);
            AbsorbBlock(y, h, block);
        }
    }

    /// <summary>y = (y xor x) · h in GCM's field.</summary>
    private static void AbsorbBlock(byte[] y, byte[] h, byte[] x)
    {
        for (var i = 0; i < Block; i++)
        {
            y[i] ^= x[i];
        }

        var product = new byte[Block];
        var v = (byte[])h.Clone();
        for (var bit = 0; bit < 128; bit++)
        {
            var mask = (byte)-((y[bit >> 3] >> (7 - (bit & 7))) & 1);
            for (var i = 0; i < Block; i++)
            {
                product[i] ^= (byte)(v[i] & mask);
            }

            var carry = (byte)-(v[15] & 1);
            for (var i = 15; i > 0; i--)
            {
                v[i] = (byte)((v[i] >> 1) | (v[i - 1] << 7));
            }

            v[0] = (byte)((v[0] >> 1) ^ (0xE1 & carry));
        }

        product.CopyTo(y, 0);
    }

    /// <summary>Writes a byte count as a 64-bit big-endian bit count at <paramref name="offset"/>.</summary>
    private static void WriteBits(byte[] destination, int offset, long byteCount)
    {
        var bits = (ulong)byteCount * 8;
        for (var i = 7; i >= 0; i--)
        {
            destination[offset + i] = (byte)bits;
            bits >>= 8;
        }
    }
}
