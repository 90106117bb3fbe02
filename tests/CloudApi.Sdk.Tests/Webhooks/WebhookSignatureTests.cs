using System.Security.Cryptography;
using System.Text;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Webhooks;

public class WebhookSignatureTests
{
    private const string Secret = "6c7f0e1b2a9d4e3f8a7b6c5d4e3f2a1b";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"object":"whatsapp_business_account","entry":[]}""");

    // Computed independently of the SDK: HMAC-SHA256 of the raw bytes, lower-case hex.
    private static string Expected(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant();

    [Fact]
    public void IsValid_CorrectSignature_True()
    {
        Assert.True(WebhookSignature.IsValid(Body, Expected(Body, Secret), Secret));
    }

    [Fact]
    public void Compute_MatchesIndependentHmac()
    {
        Assert.Equal(Expected(Body, Secret), WebhookSignature.Compute(Body, Secret));
    }

    [Fact]
    public void IsValid_UpperCaseHex_True()
    {
        var upper = "sha256=" + Expected(Body, Secret)["sha256=".Length..].ToUpperInvariant();

        Assert.True(WebhookSignature.IsValid(Body, upper, Secret));
    }

    [Fact]
    public void IsValid_WrongSecret_False()
    {
        Assert.False(WebhookSignature.IsValid(Body, Expected(Body, "another-secret"), Secret));
    }

    [Fact]
    public void IsValid_BodyChangedByOneByte_False()
    {
        var signature = Expected(Body, Secret);
        var tampered = (byte[])Body.Clone();
        tampered[^2] ^= 1;

        Assert.False(WebhookSignature.IsValid(tampered, signature, Secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha1=0123456789abcdef0123456789abcdef01234567")]
    [InlineData("sha256=zz7f0e1b2a9d4e3f8a7b6c5d4e3f2a1b6c7f0e1b2a9d4e3f8a7b6c5d4e3f2a1b")]
    [InlineData("sha256=6c7f0e1b2a9d4e3f8a7b6c5d4e3f2a1b")]
    [InlineData("6c7f0e1b2a9d4e3f8a7b6c5d4e3f2a1b6c7f0e1b2a9d4e3f8a7b6c5d4e3f2a1b")]
    public void IsValid_MissingOrMalformedHeader_FalseWithoutThrowing(string? header)
    {
        Assert.False(WebhookSignature.IsValid(Body, header, Secret));
    }

    [Fact]
    public void IsValid_RotatedSecrets_AcceptsOldAndNew()
    {
        string[] secrets = ["new-secret", "old-secret"];

        Assert.True(WebhookSignature.IsValid(Body, Expected(Body, "old-secret"), secrets));
        Assert.True(WebhookSignature.IsValid(Body, Expected(Body, "new-secret"), secrets));
        Assert.False(WebhookSignature.IsValid(Body, Expected(Body, "retired-secret"), secrets));
    }

    [Fact]
    public void IsValid_NonAsciiBody_SignsRawUtf8Bytes()
    {
        var body = Encoding.UTF8.GetBytes("""{"text":{"body":"Olá, 世界 👋"}}""");
        var escaped = Encoding.UTF8.GetBytes("""{"text":{"body":"Ol\u00e1, \u4e16\u754c \ud83d\udc4b"}}""");

        Assert.True(WebhookSignature.IsValid(body, Expected(body, Secret), Secret));
        Assert.False(WebhookSignature.IsValid(escaped, Expected(body, Secret), Secret));
    }

    [Fact]
    public void IsValid_LongSecret_Works()
    {
        var secret = new string('k', 1000);

        Assert.True(WebhookSignature.IsValid(Body, Expected(Body, secret), secret));
    }
}
