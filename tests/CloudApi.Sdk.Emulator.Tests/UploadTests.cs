using System.Net;
using System.Net.Http.Headers;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary>The Resumable Upload API: sessions, transfers from an offset, offsets read back, handles used by templates.</summary>
public sealed class UploadTests
{
    private const string Templates = $"v26.0/{EmulatorHarness.WabaId}/message_templates";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_InTwoTransfers_OffsetReportedAndHandleIssuedAtTheEnd()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var session = await OpenAsync(harness, "logo.png", 10, "image/png");

        using var first = await TransferAsync(harness, session, 0, [1, 2, 3, 4]);
        var offset = await harness.GetJsonAsync("v26.0/" + session);
        using var second = await TransferAsync(harness, session, 4, [5, 6, 7, 8, 9, 10]);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode); // incomplete: Meta keeps the bytes and says where to go on
        Assert.Equal(4, offset["file_offset"]!.GetValue<long>());
        Assert.Equal(session, offset["id"]!.GetValue<string>());
        var handle = (await EmulatorHarness.JsonAsync(second))["h"]!.GetValue<string>();
        Assert.StartsWith("4::aW1hZ2UvcG5n:", handle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WrongOffset_Refused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var session = await OpenAsync(harness, "a.pdf", 3, "application/pdf");

        using var response = await TransferAsync(harness, session, 2, [1]);

        Assert.Equal(100, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("file_name=a.gif&file_length=3&file_type=image/gif")]
    [InlineData("file_name=a.png&file_length=0&file_type=image/png")]
    [InlineData("file_length=3&file_type=image/png")]
    public async Task OpenSession_InvalidParameters_Refused(string query)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.Http.PostAsync("v26.0/app/uploads?" + query, null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CreateTemplate_RequireUploadedHandles_AcceptsIssuedHandleRefusesOthersWith2388273()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.RequireUploadedHandles = true);
        var session = await OpenAsync(harness, "menu.pdf", 2, "application/pdf");
        using var done = await TransferAsync(harness, session, 0, [1, 2]);
        var handle = (await EmulatorHarness.JsonAsync(done))["h"]!.GetValue<string>();
        static string Template(string name, string handle) =>
            $$$"""{"name":"{{{name}}}","language":"en_US","category":"UTILITY","components":[{"type":"HEADER","format":"DOCUMENT","example":{"header_handle":["{{{handle}}}"]}},{"type":"BODY","text":"Your menu"}]}""";

        using var accepted = await harness.PostJsonAsync(Templates, Template("menu", handle));
        using var refused = await harness.PostJsonAsync(Templates, Template("menu_two", "4::aW1n:made-up"));

        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync(Ct));
        var error = (await EmulatorHarness.JsonAsync(refused))["error"]!;
        Assert.Equal((100, 2388273), (error["code"]!.GetValue<int>(), error["error_subcode"]!.GetValue<int>()));
    }

    [Fact]
    public async Task UpdateProfile_RequireUploadedHandles_RefusesUnknownPictureHandle()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.RequireUploadedHandles = true);

        using var response = await harness.PostJsonAsync($"v26.0/{EmulatorHarness.NumberId}/whatsapp_business_profile",
            """{"messaging_product":"whatsapp","profile_picture_handle":"4::unknown"}""");

        Assert.Equal(2388273, (await EmulatorHarness.JsonAsync(response))["error"]!["error_subcode"]!.GetValue<int>());
    }

    private static async Task<string> OpenAsync(EmulatorHarness harness, string name, long length, string type)
    {
        using var response = await harness.Http.PostAsync($"v26.0/app/uploads?file_name={name}&file_length={length}&file_type={type}", null, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var id = (await EmulatorHarness.JsonAsync(response))["id"]!.GetValue<string>();
        Assert.StartsWith("upload:", id, StringComparison.Ordinal);
        return id;
    }

    private static Task<HttpResponseMessage> TransferAsync(EmulatorHarness harness, string session, long offset, byte[] bytes)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "v26.0/" + session) { Content = new ByteArrayContent(bytes) };
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", EmulatorHarness.Token);
        request.Headers.TryAddWithoutValidation("file_offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return harness.Http.SendAsync(request, Ct);
    }
}
