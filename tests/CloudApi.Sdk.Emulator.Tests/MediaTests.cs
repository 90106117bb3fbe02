using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class MediaTests
{
    private static MultipartFormDataContent Upload(byte[] bytes, string mime)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(mime);
        return new MultipartFormDataContent
        {
            { new StringContent("whatsapp"), "messaging_product" },
            { file, "file", "file.bin" },
            { new StringContent(mime), "type" },
        };
    }

    [Fact]
    public async Task UploadGetDownloadDelete_RoundTripsTheBytes()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        var ct = TestContext.Current.CancellationToken;

        using var uploaded = await harness.Http.PostAsync($"v26.0/{EmulatorHarness.NumberId}/media", Upload(bytes, "application/pdf"), ct);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var id = (await EmulatorHarness.JsonAsync(uploaded))["id"]!.GetValue<string>();

        var info = await harness.GetJsonAsync($"v26.0/{id}?phone_number_id={EmulatorHarness.NumberId}");
        var url = info["url"]!.GetValue<string>();
        JsonAssert.Equal(
            $$"""{"messaging_product":"whatsapp","url":"{{url}}","mime_type":"application/pdf","sha256":"{{Convert.ToHexStringLower(SHA256.HashData(bytes))}}","file_size":"300000","id":"{{id}}"}""",
            info);

        using var download = await harness.Http.GetAsync(url, ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(ct));

        using var anonymous = new HttpClient();
        using var refused = await anonymous.GetAsync(url, ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var deleted = await harness.Http.DeleteAsync($"v26.0/{id}", ct);
        JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(deleted));
        using var gone = await harness.Http.GetAsync($"v26.0/{id}", ct);
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
        Assert.Equal(100, (await EmulatorHarness.JsonAsync(gone))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task DownloadUrl_ExpiresAfter5Minutes()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var uploaded = await harness.Http.PostAsync($"v26.0/{EmulatorHarness.NumberId}/media", Upload([1, 2, 3], "image/png"), ct);
        var id = (await EmulatorHarness.JsonAsync(uploaded))["id"]!.GetValue<string>();
        var url = (await harness.GetJsonAsync($"v26.0/{id}"))["url"]!.GetValue<string>();

        harness.Time.Advance(TimeSpan.FromMinutes(6));

        using var expired = await harness.Http.GetAsync(url, ct);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task Upload_UnsupportedType_Returns100_AndTooLarge131053()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        using var badType = await harness.Http.PostAsync($"v26.0/{EmulatorHarness.NumberId}/media", Upload([1], "application/x-msdownload"), ct);
        Assert.Equal(100, (await EmulatorHarness.JsonAsync(badType))["error"]!["code"]!.GetValue<int>());

        using var tooLarge = await harness.Http.PostAsync($"v26.0/{EmulatorHarness.NumberId}/media", Upload(new byte[(5 * 1024 * 1024) + 1], "image/jpeg"), ct);
        Assert.Equal(131053, (await EmulatorHarness.JsonAsync(tooLarge))["error"]!["code"]!.GetValue<int>());
    }
}
