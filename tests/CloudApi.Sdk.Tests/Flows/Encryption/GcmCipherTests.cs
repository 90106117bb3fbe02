using System.Security.Cryptography;
using CloudApi.Sdk.Flows.Encryption;

namespace CloudApi.Sdk.Tests.Flows.Encryption;

public sealed class GcmCipherTests
{
    private const string Key = "feffe9928665731c6d6a8f9467308308";
    private const string Plaintext = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
    private const string Aad = "feedfacedeadbeeffeedfacedeadbeefabaddad2";

    /// <summary>
    /// The GCM specification's test cases 4–6 (96-, 64- and 480-bit IVs: the last two take the GHASH path for J0) and a
    /// NIST CAVS vector with a 128-bit IV, the length WhatsApp Flows use.
    /// </summary>
    public static TheoryData<string, string, string, string, string, string> Vectors => new()
    {
        { Key, "cafebabefacedbaddecaf888", Plaintext, Aad,
            "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091", "5bc94fbc3221a5db94fae95ae7121a47" },
        { Key, "cafebabefacedbad", Plaintext, Aad,
            "61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f97b6c742373806900e49f24b22b097544d4896b424989b5e1ebac0f07c23f4598", "3612d2e79e3b0785561be14aaca2fccb" },
        { Key, "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b", Plaintext, Aad,
            "8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca701e4a9a4fba43c90ccdcb281d48c7c6fd62875d2aca417034c34aee5", "619cc5aefffe0bfa462af43c1699d050" },
        { "00000000000000000000000000000000", "b72138b5a05ff5070e8cd94183f761d8",
            "a2aab3ad8b17acdda288426cd7c429b7ca86b7aca05809c70ce82db25711cb5302eb2743b036f3d750d6cf0dc0acb92950d546db308f93b4ff244afa9dc72bcd758d2c",
            "688e1aa984de926dc7b4c47f44",
            "cbc8d2f15481a4cc7dd1e19aaa83de5678483ec359ae7dec2ab8d534e0906f4b4663faff58a8b2d733b845eef7c9b331e9e10eb2612c995feb1ac15a6286cce8b297a8", "8d2d2a9372626f6bee8580276a6366bf" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Encrypt_PublishedVector_GivesItsCiphertextAndTag(string key, string iv, string plaintext, string aad, string ciphertext, string tag)
    {
        var input = Convert.FromHexString(plaintext);
        var output = new byte[input.Length];
        var actualTag = new byte[16];

        GcmCipher.Encrypt(Convert.FromHexString(key), Convert.FromHexString(iv), input, output, actualTag, Convert.FromHexString(aad));

        Assert.Equal((ciphertext, tag), (Convert.ToHexStringLower(output), Convert.ToHexStringLower(actualTag)));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void TryDecrypt_PublishedVector_GivesPlaintext(string key, string iv, string plaintext, string aad, string ciphertext, string tag)
    {
        var output = new byte[plaintext.Length / 2];

        var ok = GcmCipher.TryDecrypt(Convert.FromHexString(key), Convert.FromHexString(iv), Convert.FromHexString(ciphertext), Convert.FromHexString(tag), output, Convert.FromHexString(aad));

        Assert.True(ok);
        Assert.Equal(plaintext, Convert.ToHexStringLower(output));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(1000)]
    public void Encrypt_TwelveByteIv_MatchesAesGcm(int length)
    {
        var key = RandomNumberGenerator.GetBytes(16);
        var iv = RandomNumberGenerator.GetBytes(12);
        var plaintext = RandomNumberGenerator.GetBytes(length);
        var expected = new byte[length];
        var expectedTag = new byte[16];
        using (var reference = new AesGcm(key, 16))
        {
            reference.Encrypt(iv, plaintext, expected, expectedTag);
        }

        var actual = new byte[length];
        var actualTag = new byte[16];
        GcmCipher.Encrypt(key, iv, plaintext, actual, actualTag);

        Assert.Equal(expected, actual);
        Assert.Equal(expectedTag, actualTag);
    }

    [Fact]
    public void TryDecrypt_OneBitFlippedInCiphertextOrTag_Refused()
    {
        var key = RandomNumberGenerator.GetBytes(16);
        var iv = RandomNumberGenerator.GetBytes(16);
        var plaintext = "{\"action\":\"ping\"}"u8.ToArray();
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        GcmCipher.Encrypt(key, iv, plaintext, ciphertext, tag);
        var output = new byte[plaintext.Length];

        ciphertext[3] ^= 0x01;
        Assert.False(GcmCipher.TryDecrypt(key, iv, ciphertext, tag, output));
        ciphertext[3] ^= 0x01;
        tag[15] ^= 0x80;
        Assert.False(GcmCipher.TryDecrypt(key, iv, ciphertext, tag, output));
        tag[15] ^= 0x80;
        Assert.True(GcmCipher.TryDecrypt(key, iv, ciphertext, tag, output));
        Assert.Equal(plaintext, output);
    }
}
