using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CloudApi.Sdk.Emulator.Tests.Infrastructure;

/// <summary>
/// Meta's example bodies of <c>POST /{Phone-Number-ID}/messages</c> (tests/TestData/meta-openapi/messages), made
/// sendable: placeholders that must name something real (recipient, media, message, flow, template) are replaced and
/// what they name is created in the emulator first. Free-text placeholders (<c>&lt;BODY_TEXT&gt;</c>) stay: they are valid text.
/// </summary>
public static partial class MetaExamples
{
    public const string Recipient = "+16505551234";

    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "meta-openapi", "messages");

    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.Ordinal)
    {
        ["<AUDIO_OBJECT_ID>"] = "audio/ogg",
        ["<IMAGE_OBJECT_ID>"] = "image/jpeg",
        ["<DOCUMENT_OBJECT_ID>"] = "application/pdf",
        ["<VIDEO_OBJECT_ID>"] = "video/mp4",
        ["<MEDIA_OBJECT_ID>"] = "image/webp",
    };

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["{{Recipient-Phone-Number}}"] = Recipient,
        ["{{Recipient-WA-Phone-Number}}"] = "16505551234",
        ["{{Flow-ID}}"] = "1234567890123456",
        ["{{Flow-Name}}"] = "appointment_booking",
        ["<HEADER_TYPE>"] = "text",
        ["language-and-locale-code"] = "en_US",
    };

    /// <summary>The template each template example sends (its placeholder name replaced by the file's), as created through the API.</summary>
    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal)
    {
        ["hello_world"] = """
            [{"type":"HEADER","format":"TEXT","text":"Hello World"},
             {"type":"BODY","text":"Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp message notification from the Cloud API."},
             {"type":"FOOTER","text":"WhatsApp Business Platform sample message"}]
            """,
        ["intro_catalog_offer"] = """
            [{"type":"BODY","text":"Now shop for your favourite products right here on WhatsApp! Get Rs {{1}} off on all orders above {{2}}Rs! Valid for your first {{3}} orders placed on WhatsApp!","example":{"body_text":[["100","400","3"]]}},
             {"type":"FOOTER","text":"Best grocery deals on WhatsApp!"},
             {"type":"BUTTONS","buttons":[{"type":"CATALOG","text":"View catalog"}]}]
            """,
        ["sample_issue_resolution"] = """
            [{"type":"BODY","text":"Hi {{1}}, were we able to solve the issue that you were facing?","example":{"body_text":[["Mr. Jones"]]}},
             {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Yes"},{"type":"QUICK_REPLY","text":"No"}]}]
            """,
        ["send_flow_template_message"] = """
            [{"type":"BODY","text":"Book your next appointment in a few taps."},
             {"type":"BUTTONS","buttons":[{"type":"FLOW","text":"Book now","flow_id":"1234567890123456","navigate_screen":"WELCOME","flow_action":"navigate"}]}]
            """,
        ["send_message_template_interactive"] = OrderUpdate(imageHeader: true, quickReplies: true),
        ["send_message_template_media"] = OrderUpdate(imageHeader: true, quickReplies: false),
        ["send_message_template_text"] = OrderUpdate(imageHeader: false, quickReplies: false),
        ["send_sample_shipping_confirmation_template"] = OrderUpdate(imageHeader: false, quickReplies: false),
        ["send_sample_text_message"] = OrderUpdate(imageHeader: false, quickReplies: false),
    };

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="file"/>, creates what it refers to in the emulator and returns the body to send.</summary>
    public static async Task<string> PrepareAsync(EmulatorHarness harness, string file)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(Folder, file), TestContext.Current.CancellationToken);
        var ownName = Path.GetFileNameWithoutExtension(file).Replace('-', '_');
        json = json.Replace("\"template-name\"", $"\"{ownName}\"", StringComparison.Ordinal)
            .Replace("\"<TEMPLATE_NAME>\"", $"\"{ownName}\"", StringComparison.Ordinal);
        foreach (var (placeholder, value) in Values)
        {
            json = json.Replace(placeholder, value, StringComparison.Ordinal);
        }

        json = Link().Replace(json, m => $"https://media.example.com/{m.Groups["name"].Value}");
        foreach (var (placeholder, mime) in MediaTypes)
        {
            if (json.Contains(placeholder, StringComparison.Ordinal))
            {
                json = json.Replace(placeholder, await UploadAsync(harness, mime), StringComparison.Ordinal);
            }
        }

        foreach (var placeholder in new[] { "<MSGID_OF_PREV_MSG>", "<MSGID_OF_MSG_YOU_ARE_REPLYING_TO>" })
        {
            if (json.Contains(placeholder, StringComparison.Ordinal))
            {
                var inbound = await harness.Emulator.SimulateInboundMessageAsync(Recipient, "hello", cancellationToken: TestContext.Current.CancellationToken);
                json = json.Replace(placeholder, inbound, StringComparison.Ordinal);
            }
        }

        if (JsonNode.Parse(json)!["template"]?["name"]?.GetValue<string>() is { } template)
        {
            await CreateTemplateAsync(harness, template);
        }

        Assert.False(Placeholder().IsMatch(json), $"{file}: a placeholder is left: {Placeholder().Match(json).Value}");
        return json;
    }

    private static async Task<string> UploadAsync(EmulatorHarness harness, string mime)
    {
        var file = new ByteArrayContent([1, 2, 3, 4]);
        file.Headers.ContentType = new MediaTypeHeaderValue(mime);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("whatsapp"), "messaging_product" },
            { file, "file", "file.bin" },
            { new StringContent(mime), "type" },
        };
        using var response = await harness.Http.PostAsync($"v26.0/{EmulatorHarness.NumberId}/media", form, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await EmulatorHarness.JsonAsync(response))["id"]!.GetValue<string>();
    }

    private static async Task CreateTemplateAsync(EmulatorHarness harness, string name)
    {
        Assert.True(Templates.TryGetValue(name, out var components), $"No template definition for '{name}'.");
        using var response = await harness.PostJsonAsync(
            $"v26.0/{EmulatorHarness.WabaId}/message_templates",
            $$"""{"name":"{{name}}","language":"en_US","category":"UTILITY","components":{{components}}}""");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string OrderUpdate(bool imageHeader, bool quickReplies)
    {
        var header = imageHeader
            ? """{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2U="]}},"""
            : string.Empty;
        var buttons = quickReplies
            ? """,{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Track"},{"type":"QUICK_REPLY","text":"Stop updates"}]}"""
            : string.Empty;
        return $$$"""[{{{header}}}{"type":"BODY","text":"Order {{1}} of {{2}} ships on {{3}}.","example":{"body_text":[["A-42","$100.99","Feb 25"]]}}{{{buttons}}}]""";
    }

    [GeneratedRegex(@"<?http\(s\)://(?<name>[\w.-]+)>?")]
    private static partial Regex Link();

    [GeneratedRegex(@"\{\{[^}]*\}\}|http\(s\)|_OBJECT_ID>|<MSGID|<HEADER_TYPE>|<TEMPLATE_NAME>|language-and-locale-code")]
    private static partial Regex Placeholder();
}
