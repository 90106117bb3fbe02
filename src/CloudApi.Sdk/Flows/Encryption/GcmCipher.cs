using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// AES-GCM for any IV length (NIST SP 800-38D), built on AES-ECB. WhatsApp Flows use a 16-byte IV, which
/// <see cref="AesGcm"/> refuses (it takes 12-byte nonces only); for a 12-byte IV the result is the same as AesGcm's.
/// GHASH runs bit by bit with masks instead of branches, so its timing does not depend on the data; a flow request is a
/// few kilobytes, so speed is not the concern here.
/// </summary>
internal static class GcmCipher
{
    public const int TagSize = 16;
    private const int BlockSize = 16;

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="ciphertext"/> (same length) and writes the tag.</summary>
    public static void Encrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> associatedData = default)
    {
        if (ciphertext.Length != plaintext.Length || tag.Length != TagSize)
        {
            throw new ArgumentException("The ciphertext must be as long as the plaintext and the tag 16 bytes.");
        }

        using var aes = CreateAes(key);
        var (hashKey, counter0) = Setup(aes, iv);
        Ctr(aes, counter0, plaintext, ciphertext);
        ComputeTag(aes, hashKey, counter0, associatedData, ciphertext, tag);
    }

    /// <summary>Checks the tag and, only when it matches, decrypts. Returns false (and writes nothing useful) when it does not.</summary>
    public static bool TryDecrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData = default)
    {
        if (plaintext.Length != ciphertext.Length || tag.Length != TagSize)
        {
            return false;
        }

        using var aes = CreateAes(key);
        var (hashKey, counter0) = Setup(aes, iv);
        Span<byte> expected = stackalloc byte[TagSize];
        ComputeTag(aes, hashKey, counter0, associatedData, ciphertext, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, tag))
        {
            return false;
        }

        Ctr(aes, counter0, ciphertext, plaintext);
        return true;
    }

    private static Aes CreateAes(ReadOnlySpan<byte> key)
    {
        if (key.Length is not (16 or 24 or 32))
        {
            throw new CryptographicException("An AES key is 16, 24 or 32 bytes.");
        }

        var aes = Aes.Create();
        aes.Key = key.ToArray();
        return aes;
    }

    /// <summary>H = E(0) and the pre-counter block J0 (IV || 0^31 || 1 for 12 bytes, GHASH of the padded IV otherwise).</summary>
    private static (Block HashKey, Block Counter0) Setup(Aes aes, ReadOnlySpan<byte> iv)
    {
        if (iv.IsEmpty)
        {
            throw new CryptographicException("A GCM IV cannot be empty.");
        }

        Span<byte> block = stackalloc byte[BlockSize];
        block.Clear();
        aes.EncryptEcb(block, block, PaddingMode.None);
        var hashKey = Block.Read(block);

        if (iv.Length == 12)
        {
            iv.CopyTo(block);
            BinaryPrimitives.WriteUInt32BigEndian(block[12..], 1);
            return (hashKey, Block.Read(block));
        }

        var ghash = new GHash(hashKey);
        ghash.Update(iv);
        ghash.UpdateLengths(0, (ulong)iv.Length * 8);
        return (hashKey, ghash.Value);
    }

    /// <summary>Counter mode from inc32(J0): the keystream blocks are encrypted in one ECB call.</summary>
    private static void Ctr(Aes aes, Block counter0, ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (input.IsEmpty)
        {
            return;
        }

        var blocks = (input.Length + BlockSize - 1) / BlockSize;
        var keystream = new byte[blocks * BlockSize];
        Span<byte> counter = stackalloc byte[BlockSize];
        counter0.Write(counter);
        var low = BinaryPrimitives.ReadUInt32BigEndian(counter[12..]);
        for (var i = 0; i < blocks; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(counter[12..], unchecked(low + (uint)i + 1));
            counter.CopyTo(keystream.AsSpan(i * BlockSize));
        }

        aes.EncryptEcb(keystream, keystream, PaddingMode.None);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = (byte)(input[i] ^ keystream[i]);
        }

        CryptographicOperations.ZeroMemory(keystream);
    }

    /// <summary>T = E(J0) xor GHASH(A || pad || C || pad || len(A) || len(C)).</summary>
    private static void ComputeTag(Aes aes, Block hashKey, Block counter0, ReadOnlySpan<byte> associatedData, ReadOnlySpan<byte> ciphertext, Span<byte> tag)
    {
        var ghash = new GHash(hashKey);
        ghash.Update(associatedData);
        ghash.Update(ciphertext);
        ghash.UpdateLengths((ulong)associatedData.Length * 8, (ulong)ciphertext.Length * 8);

        Span<byte> mask = stackalloc byte[BlockSize];
        counter0.Write(mask);
        aes.EncryptEcb(mask, mask, PaddingMode.None);
        ghash.Value.Write(tag);
        for (var i = 0; i < TagSize; i++)
        {
            tag[i] ^= mask[i];
        }
    }

    /// <summary>A 128-bit block as two big-endian halves: bit 0 of GCM's numbering is the top bit of <see cref="High"/>.</summary>
    private readonly record struct Block(ulong High, ulong Low)
    {
        public static Block Read(ReadOnlySpan<byte> bytes) =>
            new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));

        public void Write(Span<byte> bytes)
        {
            BinaryPrimitives.WriteUInt64BigEndian(bytes, High);
            BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Low);
        }

        public static Block operator ^(Block a, Block b) => new(a.High ^ b.High, a.Low ^ b.Low);

        /// <summary>Multiplication in GF(2^128) with GCM's polynomial (SP 800-38D, algorithm 1), without data-dependent branches.</summary>
        public static Block operator *(Block x, Block y)
        {
            ulong zHigh = 0, zLow = 0, vHigh = y.High, vLow = y.Low;
            for (var i = 0; i < 128; i++)
            {
                var word = i < 64 ? x.High : x.Low;
                var bit = (word >> (63 - (i & 63))) & 1;
                var take = 0UL - bit;
                zHigh ^= vHigh & take;
                zLow ^= vLow & take;

                var reduce = 0UL - (vLow & 1);
                vLow = (vLow >> 1) | (vHigh << 63);
                vHigh = (vHigh >> 1) ^ (0xE100000000000000UL & reduce);
            }

            return new Block(zHigh, zLow);
        }
    }

    /// <summary>GHASH over byte strings, each zero-padded to a whole number of blocks.</summary>
    private struct GHash(Block hashKey)
    {
        public Block Value { get; private set; }

        public void Update(ReadOnlySpan<byte> data)
        {
            Span<byte> last = stackalloc byte[BlockSize];
            while (data.Length >= BlockSize)
            {
                Absorb(Block.Read(data));
                data = data[BlockSize..];
            }

            if (!data.IsEmpty)
            {
                last.Clear();
                data.CopyTo(last);
                Absorb(Block.Read(last));
            }
        }

        public void UpdateLengths(ulong firstBits, ulong secondBits) => Absorb(new Block(firstBits, secondBits));

        private void Absorb(Block block) => Value = (Value ^ block) * hashKey;
    }
}
