using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Benchmarks;

/// <summary>
/// Parse throughput into typed events against <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// of the same bytes (target: at least 0.4x its throughput with the mapping to events included, i.e. a ratio of at most 2.5).
/// Run: dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- --filter '*WebhookParse*' --job short
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WebhookParseBenchmarks
{
    private readonly byte[] _messages = Encoding.UTF8.GetBytes(WebhookBenchmarkPayloads.Messages);
    private readonly byte[] _statuses = Encoding.UTF8.GetBytes(WebhookBenchmarkPayloads.Statuses);
    private readonly byte[] _fields = Encoding.UTF8.GetBytes(WebhookBenchmarkPayloads.Fields);

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    [BenchmarkCategory("messages")]
    public int Messages_JsonDocument()
    {
        using var document = JsonDocument.Parse(_messages);
        return document.RootElement.EntryCount();
    }

    [Benchmark(Description = "WhatsAppWebhookParser.Parse")]
    [BenchmarkCategory("messages")]
    public int Messages_Typed() => WhatsAppWebhookParser.Parse(_messages).Events.Count;

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    [BenchmarkCategory("statuses")]
    public int Statuses_JsonDocument()
    {
        using var document = JsonDocument.Parse(_statuses);
        return document.RootElement.EntryCount();
    }

    [Benchmark(Description = "WhatsAppWebhookParser.Parse")]
    [BenchmarkCategory("statuses")]
    public int Statuses_Typed() => WhatsAppWebhookParser.Parse(_statuses).Events.Count;

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    [BenchmarkCategory("fields")]
    public int Fields_JsonDocument()
    {
        using var document = JsonDocument.Parse(_fields);
        return document.RootElement.EntryCount();
    }

    [Benchmark(Description = "WhatsAppWebhookParser.Parse")]
    [BenchmarkCategory("fields")]
    public int Fields_Typed() => WhatsAppWebhookParser.Parse(_fields).Events.Count;
}

internal static class JsonElementExtensions
{
    /// <summary>Touches the root so the baseline's result depends on the parse (it is one property lookup).</summary>
    public static int EntryCount(this JsonElement root) =>
        root.TryGetProperty("entry"u8, out var entry) && entry.ValueKind == JsonValueKind.Array ? entry.GetArrayLength() : 0;
}

/// <summary>Realistic bodies in Meta's shapes: a batch of inbound messages, a batch of statuses, and one change of several other fields.</summary>
internal static class WebhookBenchmarkPayloads
{
    public const string Messages = """
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
          "contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234","user_id":"US.13491208655302741918"},{"profile":{"name":"Ana Silva"},"wa_id":"5511987654321"}],
          "messages":[
            {"from":"16505551234","id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=","timestamp":"1749416383","type":"text","text":{"body":"Hi! Is my order #4512 on its way? 🙂"}},
            {"from":"16505551234","id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMQA=","timestamp":"1749416390","type":"image",
             "image":{"caption":"The damaged box","mime_type":"image/jpeg","sha256":"ChiTcVRqB4m3nnE7pVcEFa9XmmENu+Z/RrwSYAZP/R4=","id":"1479537139650973"}},
            {"from":"5511987654321","id":"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBMDFFQjY0QzA0QjkwRTZCMUY0AA==","timestamp":"1749416401","type":"interactive",
             "context":{"from":"15550783881","id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"},
             "interactive":{"type":"button_reply","button_reply":{"id":"confirm-delivery","title":"Confirm"}}},
            {"from":"5511987654321","id":"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBMDFFQjY0QzA0QjkwRTZCMUY1AA==","timestamp":"1749416405","type":"reaction",
             "reaction":{"message_id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA","emoji":"👍"}}]},"field":"messages"}]}]}
        """;

    public static readonly string Statuses = BuildStatuses(8);

    public const string Fields = """
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","time":1749416383,"changes":[
          {"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
            "calls":[{"id":"wacid.HBgLMTY1MDU1NTEyMzQVAgARGBI","to":"15550783881","from":"16505551234","event":"connect","timestamp":"1749416383",
              "direction":"USER_INITIATED","session":{"sdp_type":"offer","sdp":"v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"}}]},"field":"calls"},
          {"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
            "groups":[{"timestamp":"1749416383","group_id":"120363025246125486@g.us","type":"group_participants_add","request_id":"req-7","initiated_by":"business",
              "added_participants":[{"wa_id":"16505551234"},{"wa_id":"5511987654321"}]}]},"field":"group_participants_update"},
          {"value":{"event":"APPROVED","message_template_id":594425479261596,"message_template_name":"order_ready","message_template_language":"en_US",
            "message_template_category":"UTILITY","reason":"NONE"},"field":"message_template_status_update"},
          {"value":{"entity_type":"PHONE_NUMBER","entity_id":"106540352242922","alert_info":{"alert_severity":"WARNING","alert_status":"ACTIVE",
            "alert_type":"OBA_APPROVED","alert_description":"Official business account approved"}},"field":"account_alerts"}]}]}
        """;

    private static string BuildStatuses(int count)
    {
        static string Status(int i) => (i % 3) switch { 0 => "sent", 1 => "delivered", _ => "read" };
        var items = Enumerable.Range(0, count).Select(i => $$$"""
            {"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI{{{i:D4}}}QTNDQTVCM0Q0Q0Q2RTY3RTcA","status":"{{{Status(i)}}}","timestamp":"17393210{{{i:D2}}}","recipient_id":"16505551234",
             "biz_opaque_callback_data":"campaign-7/recipient-{{{i}}}",
             "conversation":{"id":"6ceb9d929c2ca7a8c8b1c8e0c2f1a0b1","expiration_timestamp":"1739407424","origin":{"type":"marketing"}},
             "pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"marketing"}}
            """);
        return $$$"""
            {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp",
              "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
              "statuses":[{{{string.Join(",", items)}}}]},"field":"messages"}]}]}
            """;
    }
}
