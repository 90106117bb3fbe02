using System.Net.Http.Headers;
using System.Text;
using CloudApi.Sdk.Media;

namespace CloudApi.Sdk.Emulator.Browser.Tests.Infrastructure;

/// <summary>Small media files and stored templates the rendering tests send.</summary>
internal static class Samples
{
    /// <summary>A 2×2 red PNG, so the page can show that the uploaded image really loads.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==");

    public static async Task<string> UploadAsync(IWhatsAppClient client, byte[] content, string mimeType)
    {
        using var stream = new MemoryStream(content);
        var uploaded = await client.Media.UploadAsync(stream, mimeType, cancellationToken: TestContext.Current.CancellationToken);
        return uploaded.Id;
    }

    public const string OrderTemplate = """
        {"name":"order_update","language":"en_US","category":"UTILITY","components":[
          {"type":"HEADER","format":"TEXT","text":"Order {{1}}","example":{"header_text":["A1"]}},
          {"type":"BODY","text":"Hi {{1}}, your order ships on {{2}}.","example":{"body_text":[["Ana","Monday"]]}},
          {"type":"FOOTER","text":"Reply STOP to opt out"},
          {"type":"BUTTONS","buttons":[
            {"type":"QUICK_REPLY","text":"Track it"},
            {"type":"URL","text":"Open order","url":"https://shop.example/orders/{{1}}","example":["https://shop.example/orders/A1"]}]}]}
        """;

    public const string CarouselTemplate = """
        {"name":"summer_picks","language":"en_US","category":"MARKETING","components":[
          {"type":"BODY","text":"Summer picks for {{1}}","example":{"body_text":[["Ana"]]}},
          {"type":"CAROUSEL","cards":[
            {"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1h"]}},
              {"type":"BODY","text":"Sandals {{1}}","example":{"body_text":[["20% off"]]}},
              {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Want sandals"}]}]},
            {"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1h"]}},
              {"type":"BODY","text":"Hats {{1}}","example":{"body_text":[["2 for 1"]]}},
              {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Want hats"}]}]}]}]}
        """;

    /// <summary>Stores a template in the emulator's WABA (a set-up step; the messages under test go through the SDK).</summary>
    public static async Task CreateTemplateAsync(WhatsAppEmulator emulator, string json)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.Options.AccessTokens[0]);
        using var response = await http.PostAsync(
            $"v26.0/{emulator.Options.BusinessAccounts[0].Id}/message_templates",
            new StringContent(json, Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
