using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Benchmarks.SendPath;

/// <summary>The "naive" way: source-generated DTOs for the whole request and the whole answer.</summary>
internal sealed class NaiveTextRequest
{
    [JsonPropertyName("messaging_product")] public string MessagingProduct { get; set; } = "whatsapp";
    [JsonPropertyName("recipient_type")] public string RecipientType { get; set; } = "individual";
    [JsonPropertyName("to")] public string To { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "text";
    [JsonPropertyName("text")] public NaiveText Text { get; set; } = new();
}

internal sealed class NaiveText
{
    [JsonPropertyName("body")] public string Body { get; set; } = "";
    [JsonPropertyName("preview_url")] public bool? PreviewUrl { get; set; }
}

internal sealed class NaiveSendAnswer
{
    [JsonPropertyName("messaging_product")] public string? MessagingProduct { get; set; }
    [JsonPropertyName("contacts")] public List<NaiveContact>? Contacts { get; set; }
    [JsonPropertyName("messages")] public List<NaiveMessage>? Messages { get; set; }
}

internal sealed class NaiveContact
{
    [JsonPropertyName("input")] public string? Input { get; set; }
    [JsonPropertyName("wa_id")] public string? WaId { get; set; }
}

internal sealed class NaiveMessage
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("message_status")] public string? MessageStatus { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NaiveTextRequest))]
[JsonSerializable(typeof(NaiveSendAnswer))]
internal sealed partial class NaiveJsonContext : JsonSerializerContext
{
}
