using System.Security.Cryptography;
using CloudApi.Sdk.Flows;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Flows;

public sealed class BusinessPublicKeyTests
{
    private const string Number = GraphServer.PhoneNumberId;

    [Fact]
    public async Task GetBusinessPublicKeyAsync_ReadsKeyAndSignatureStatus()
    {
        using var graph = new GraphServer().On("GET", $"{Number}/whatsapp_business_encryption",
            """{"data":[{"business_public_key":"-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----\n","business_public_key_signature_status":"VALID"}]}""");

        var key = await graph.Client.Flows.GetBusinessPublicKeyAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----\n", key.PublicKeyPem);
        Assert.Equal(BusinessPublicKeySignatureStatus.Valid, key.SignatureStatus);
        Assert.True(key.IsValid);
    }

    [Theory]
    [InlineData("""{"data":[]}""")]
    [InlineData("""{"data":[{"business_public_key":" ","business_public_key_signature_status":"MISMATCH"}]}""")]
    public async Task GetBusinessPublicKeyAsync_NoneOrBlank_IsNullAndNotValid(string answer)
    {
        using var graph = new GraphServer().On("GET", "999/whatsapp_business_encryption", answer);

        var key = await graph.Client.Flows.GetBusinessPublicKeyAsync(new FlowRequestOptions { PhoneNumberId = "999" }, TestContext.Current.CancellationToken);

        Assert.Null(key.PublicKeyPem);
        Assert.False(key.IsValid);
    }

    [Fact]
    public async Task SetBusinessPublicKeyAsync_Pkcs1Pem_IsSentAsSubjectPublicKeyInfoFormField()
    {
        using var graph = new GraphServer().On("POST", $"{Number}/whatsapp_business_encryption", """{"success":true}""");
        using var rsa = RSA.Create(2048);

        await graph.Client.Flows.SetBusinessPublicKeyAsync(rsa.ExportRSAPublicKeyPem(), cancellationToken: TestContext.Current.CancellationToken);

        var request = graph.SingleRequest();
        Assert.StartsWith("multipart/form-data", request.Headers!["Content-Type"][0], StringComparison.Ordinal);
        var body = request.Body!.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("name=business_public_key\n\n" + rsa.ExportSubjectPublicKeyInfoPem(), body, StringComparison.Ordinal);
        Assert.DoesNotContain("RSA PUBLIC KEY", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetBusinessPublicKeyAsync_PrivateKey_RefusedWithoutSendingOrEchoingIt()
    {
        using var graph = new GraphServer();
        using var rsa = RSA.Create(2048);
        var privatePem = rsa.ExportPkcs8PrivateKeyPem();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Flows.SetBusinessPublicKeyAsync(privatePem, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("business_public_key", error.Field);
        Assert.Contains("private key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(privatePem.Split('\n')[1], error.Message, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("not a pem")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    public async Task SetBusinessPublicKeyAsync_NotAnRsaPublicKey_Refused(string pem)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Flows.SetBusinessPublicKeyAsync(pem, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("business_public_key", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task SetBusinessPublicKeyAsync_1024BitKey_RefusedNaming2048()
    {
        using var graph = new GraphServer();
        using var rsa = RSA.Create(1024);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.Flows.SetBusinessPublicKeyAsync(rsa.ExportSubjectPublicKeyInfoPem(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(2048, error.Limit);
        Assert.Empty(graph.Requests);
    }
}
