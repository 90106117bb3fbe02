using System.Text;
using CloudApi.Sdk.Emulator.Flows;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary>The emulator's own AES-GCM (16-byte IV, as WhatsApp's client uses) against a vector made with Node.js's crypto (OpenSSL).</summary>
public sealed class FlowSealTests
{
    private static readonly byte[] Key = Convert.FromBase64String("zVg86JcSMjaqmhYBAn87uQ==");
    private static readonly byte[] Iv = Convert.FromBase64String("Fa3T0T0O/DrMQMbg3UBt+A==");
    private const string Plaintext = """{"version":"3.0","action":"INIT","flow_token":"tok"}""";
    private const string Sealed = "d73B6xIUgJVRG7ywDUZzFmQfnKtL0gZN6ESNJ1ZvQF5pbCl2ZnsBootUjoZuMb8i95HHGR7Wvz3bSlFui51aY9Yn7mw=";

    [Fact]
    public void Seal_NodeVector_SameCiphertextAndTag()
    {
        Assert.Equal(Sealed, Convert.ToBase64String(FlowSeal.Seal(Key, Iv, Encoding.UTF8.GetBytes(Plaintext))));
    }

    [Fact]
    public void Open_NodeVector_GivesPlaintext_AndRefusesATamperedTag()
    {
        var sealedBytes = Convert.FromBase64String(Sealed);

        Assert.Equal(Plaintext, Encoding.UTF8.GetString(FlowSeal.Open(Key, Iv, sealedBytes)!));
        sealedBytes[^1] ^= 1;
        Assert.Null(FlowSeal.Open(Key, Iv, sealedBytes));
    }

    [Fact]
    public void Seal_TwelveByteIv_MatchesAesGcm()
    {
        var iv = Iv[..12];
        var plaintext = Encoding.UTF8.GetBytes(Plaintext + Plaintext);
        var expected = new byte[plaintext.Length];
        var tag = new byte[16];
        using (var aes = new System.Security.Cryptography.AesGcm(Key, 16))
        {
            aes.Encrypt(iv, plaintext, expected, tag);
        }

        Assert.Equal([.. expected, .. tag], FlowSeal.Seal(Key, iv, plaintext));
    }
}
