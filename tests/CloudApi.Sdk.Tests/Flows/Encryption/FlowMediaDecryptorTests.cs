using System.Text.Json;
using CloudApi.Sdk.Flows.Encryption;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CloudApi.Sdk.Tests.Flows.Encryption;

public sealed class FlowMediaDecryptorTests
{
    private static FlowMediaEncryption Metadata => FlowMediaEncryption.FromJson(JsonDocument.Parse(NodeVectors.MediaMetadataJson).RootElement);

    [Fact]
    public void Decrypt_FileEncryptedByNode_GivesThePlaintext()
    {
        var plaintext = FlowMediaDecryptor.Decrypt(Convert.FromBase64String(NodeVectors.MediaCdnFile), Metadata);

        Assert.Equal(NodeVectors.MediaPlaintext, Convert.ToBase64String(plaintext));
    }

    [Fact]
    public void Decrypt_CdnFileAltered_FailsTheEncryptedHashCheck()
    {
        var file = Convert.FromBase64String(NodeVectors.MediaCdnFile);
        file[5] ^= 1;

        var error = Assert.Throws<FlowMediaIntegrityException>(() => FlowMediaDecryptor.Decrypt(file, Metadata));

        Assert.Equal(FlowMediaCheck.EncryptedHash, error.Check);
    }

    [Fact]
    public void Decrypt_FileAlteredAndHashRecomputed_FailsTheHmacCheck()
    {
        var file = Convert.FromBase64String(NodeVectors.MediaCdnFile);
        file[5] ^= 1;
        var metadata = Metadata;
        var forged = new FlowMediaEncryption(Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(file)),
            metadata.Iv, metadata.EncryptionKey, metadata.HmacKey, metadata.PlaintextHash);

        var error = Assert.Throws<FlowMediaIntegrityException>(() => FlowMediaDecryptor.Decrypt(file, forged));

        Assert.Equal(FlowMediaCheck.Hmac, error.Check);
    }

    [Fact]
    public void Decrypt_WrongPlaintextHash_FailsThePlaintextHashCheck()
    {
        var metadata = Metadata;
        var wrong = new FlowMediaEncryption(metadata.EncryptedHash, metadata.Iv, metadata.EncryptionKey, metadata.HmacKey,
            Convert.ToBase64String(new byte[32]));

        var error = Assert.Throws<FlowMediaIntegrityException>(() => FlowMediaDecryptor.Decrypt(Convert.FromBase64String(NodeVectors.MediaCdnFile), wrong));

        Assert.Equal(FlowMediaCheck.PlaintextHash, error.Check);
    }

    [Fact]
    public async Task DownloadAndDecryptAsync_FromCdn_GivesThePlaintext()
    {
        using var cdn = WireMockServer.Start();
        cdn.Given(Request.Create().WithPath("/v/t62/file.enc").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Convert.FromBase64String(NodeVectors.MediaCdnFile)));
        using var http = new HttpClient();
        var file = new FlowMediaFile("scan.pdf", "790aba14-5f4b-4f2a-9d3b-123456789abc", new Uri(cdn.Url + "/v/t62/file.enc"), Metadata);

        var plaintext = await FlowMediaDecryptor.DownloadAndDecryptAsync(http, file, TestContext.Current.CancellationToken);

        Assert.Equal(NodeVectors.MediaPlaintext, Convert.ToBase64String(plaintext));
    }

    [Fact]
    public void ListFromJson_DocumentPickerAnswer_ReadsEveryFile()
    {
        var json = $$"""
            [{"file_name":"scan.pdf","media_id":"790aba14","cdn_url":"https://mmg.whatsapp.net/v/t62/file.enc","encryption_metadata":{{NodeVectors.MediaMetadataJson}}},
             {"file_name":"photo.jpg","media_id":"12ab","cdn_url":"https://mmg.whatsapp.net/v/t62/photo.enc","encryption_metadata":{{NodeVectors.MediaMetadataJson}}}]
            """;

        var files = FlowMediaFile.ListFromJson(JsonDocument.Parse(json).RootElement);

        Assert.Equal([("scan.pdf", "790aba14"), ("photo.jpg", "12ab")], files.Select(f => (f.FileName, f.MediaId)));
        Assert.Equal("https://mmg.whatsapp.net/v/t62/file.enc", files[0].CdnUrl.ToString());
        Assert.DoesNotContain(files[0].Encryption.EncryptionKey, files[0].Encryption.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"file_name":"a","media_id":"b","cdn_url":"http://insecure.example/x","encryption_metadata":{}}""")]
    [InlineData("""{"file_name":"a","media_id":"b","cdn_url":"https://mmg.whatsapp.net/x","encryption_metadata":{"iv":"AA=="}}""")]
    [InlineData("""{"media_id":"b"}""")]
    public void FromJson_Malformed_FormatException(string json)
    {
        Assert.Throws<FormatException>(() => FlowMediaFile.FromJson(JsonDocument.Parse(json).RootElement));
    }
}
