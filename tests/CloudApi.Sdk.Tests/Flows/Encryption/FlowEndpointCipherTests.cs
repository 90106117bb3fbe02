using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CloudApi.Sdk.Flows.Encryption;

namespace CloudApi.Sdk.Tests.Flows.Encryption;

public sealed class FlowEndpointCipherTests
{
    [Fact]
    public void Decrypt_RequestEncryptedByNode_GivesTheRequestJson()
    {
        using var cipher = FlowEndpointCipher.FromPem(NodeVectors.PrivateKeyPkcs1);

        using var exchange = cipher.Decrypt(Encoding.UTF8.GetBytes(NodeVectors.RequestBody));

        Assert.Equal(NodeVectors.RequestJson, Encoding.UTF8.GetString(exchange.RequestJson.Span));
    }

    [Fact]
    public void EncryptResponse_SameSessionAsNode_GivesNodesCiphertext()
    {
        using var cipher = FlowEndpointCipher.FromPem(NodeVectors.PrivateKeyPkcs1);
        using var exchange = cipher.Decrypt(Encoding.UTF8.GetBytes(NodeVectors.RequestBody));

        Assert.Equal(NodeVectors.EncryptedResponse, exchange.EncryptResponse(NodeVectors.ResponseJson));
    }

    [Fact]
    public void FromPem_Pkcs8AndEncryptedPkcs8OfTheSameKey_DecryptTheSameRequest()
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(NodeVectors.PrivateKeyPkcs1);
        var pkcs8 = rsa.ExportPkcs8PrivateKeyPem();
        var encrypted = rsa.ExportEncryptedPkcs8PrivateKeyPem("correct horse",
            new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10_000));
        var body = Encoding.UTF8.GetBytes(NodeVectors.RequestBody);

        foreach (var cipher in new[] { FlowEndpointCipher.FromPem(pkcs8), FlowEndpointCipher.FromPem(encrypted, "correct horse"), new FlowEndpointCipher(rsa) })
        {
            using (cipher)
            using (var exchange = cipher.Decrypt(body))
            {
                Assert.Equal(NodeVectors.RequestJson, Encoding.UTF8.GetString(exchange.RequestJson.Span));
            }
        }
    }

    [Fact]
    public void FromPem_OneLineWithEscapedNewlines_AsEnvironmentVariablesHoldIt_Loads()
    {
        var oneLine = NodeVectors.PrivateKeyPkcs1.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

        using var cipher = FlowEndpointCipher.FromPem(oneLine);
        using var exchange = cipher.Decrypt(Encoding.UTF8.GetBytes(NodeVectors.RequestBody));

        Assert.Equal(NodeVectors.RequestJson, Encoding.UTF8.GetString(exchange.RequestJson.Span));
    }

    [Fact]
    public void FromPem_EncryptedKeyWrongOrMissingPassphrase_TypedErrorWithoutKeyMaterial()
    {
        var pair = FlowKeyPair.Generate("right");

        var wrong = Assert.Throws<FlowKeyException>(() => FlowEndpointCipher.FromPem(pair.PrivateKeyPem, "wrong"));
        var missing = Assert.Throws<FlowKeyException>(() => FlowEndpointCipher.FromPem(pair.PrivateKeyPem));

        Assert.Contains("passphrase", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("no passphrase", missing.Message, StringComparison.Ordinal);
        var keyLine = pair.PrivateKeyPem.Split('\n')[1];
        Assert.DoesNotContain(keyLine, wrong.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(keyLine, missing.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a key")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----")]
    public void FromPem_NotAPrivateKey_FlowKeyException(string pem)
    {
        Assert.Throws<FlowKeyException>(() => FlowEndpointCipher.FromPem(pem));
    }

    [Fact]
    public void Decrypt_KeyEncryptedForAnotherPublicKey_FlowDecryptionException()
    {
        using var other = FlowEndpointCipher.FromPem(FlowKeyPair.Generate().PrivateKeyPem);

        var error = Assert.Throws<FlowDecryptionException>(() => other.Decrypt(Encoding.UTF8.GetBytes(NodeVectors.RequestBody)));

        Assert.Contains("another public key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_DataTampered_FlowDecryptionException()
    {
        using var document = JsonDocument.Parse(NodeVectors.RequestBody);
        var data = Convert.FromBase64String(document.RootElement.GetProperty("encrypted_flow_data").GetString()!);
        data[0] ^= 1;
        var tampered = new FlowEncryptedRequest(Convert.ToBase64String(data),
            document.RootElement.GetProperty("encrypted_aes_key").GetString()!, document.RootElement.GetProperty("initial_vector").GetString()!);
        using var cipher = FlowEndpointCipher.FromPem(NodeVectors.PrivateKeyPkcs1);

        var error = Assert.Throws<FlowDecryptionException>(() => cipher.Decrypt(tampered));

        Assert.Contains("authentication", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"encrypted_flow_data\":\"AAAA\"}")]
    [InlineData("{\"encrypted_flow_data\":1,\"encrypted_aes_key\":\"AAAA\",\"initial_vector\":\"AAAA\"}")]
    [InlineData("{\"encrypted_flow_data\":\"!!\",\"encrypted_aes_key\":\"AAAA\",\"initial_vector\":\"AAAA\"}")]
    [InlineData("{\"encrypted_flow_data\":\"AAAA\",\"encrypted_aes_key\":\"AAAA\",\"initial_vector\":\"AAAA\"}")]
    [InlineData("{\"encrypted_flow_data\":\"AAAAAAAAAAAAAAAAAAAAAAAA\",\"encrypted_aes_key\":\"AAAA\",\"initial_vector\":\"AAAA\"} x")]
    public void Decrypt_NotAnEnvelope_FlowDecryptionException(string body)
    {
        using var cipher = FlowEndpointCipher.FromPem(NodeVectors.PrivateKeyPkcs1);

        Assert.Throws<FlowDecryptionException>(() => cipher.Decrypt(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Decrypt_StringThatIsNotUtf8_FlowDecryptionException()
    {
        byte[] body = [.. "{\"encrypted_flow_data\":\""u8, 0xC3, 0x28, .. "\",\"encrypted_aes_key\":\"AA\",\"initial_vector\":\"AA\"}"u8];
        using var cipher = FlowEndpointCipher.FromPem(NodeVectors.PrivateKeyPkcs1);

        Assert.Throws<FlowDecryptionException>(() => cipher.Decrypt(body));
    }

    [Fact]
    public void GeneratedKeyPair_RequestEncryptedWithItsPublicKey_RoundTrips()
    {
        var pair = FlowKeyPair.Generate();
        var aesKey = RandomNumberGenerator.GetBytes(16);
        var iv = RandomNumberGenerator.GetBytes(16);
        var request = "{\"version\":\"3.0\",\"action\":\"ping\"}"u8.ToArray();
        var data = new byte[request.Length + 16];
        GcmCipher.Encrypt(aesKey, iv, request, data.AsSpan(0, request.Length), data.AsSpan(request.Length));
        using var publicKey = RSA.Create();
        publicKey.ImportFromPem(pair.PublicKeyPem);
        var envelope = new FlowEncryptedRequest(Convert.ToBase64String(data),
            Convert.ToBase64String(publicKey.Encrypt(aesKey, RSAEncryptionPadding.OaepSHA256)), Convert.ToBase64String(iv));
        using var cipher = FlowEndpointCipher.FromPem(pair.PrivateKeyPem);

        using var exchange = cipher.Decrypt(envelope);

        Assert.Equal(request, exchange.RequestJson.ToArray());
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", pair.PublicKeyPem, StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", pair.PrivateKeyPem, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY-----", pair.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_KeyBelow2048Bits_ValidationError()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => FlowKeyPair.Generate(keySize: 1024));

        Assert.Equal(("keySize", (int?)2048), (error.Field, error.Limit));
    }

    [Fact]
    public void EncryptResponse_AfterDispose_ObjectDisposedException()
    {
        using var cipher = FlowEndpointCipher.FromPem(NodeVectors.PrivateKeyPkcs1);
        var exchange = cipher.Decrypt(Encoding.UTF8.GetBytes(NodeVectors.RequestBody));
        exchange.Dispose();

        Assert.Throws<ObjectDisposedException>(() => exchange.EncryptResponse("{}"));
    }
}
