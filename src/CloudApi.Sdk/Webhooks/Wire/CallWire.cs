using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>A <c>calls[]</c> item: a call connecting or ending.</summary>
internal sealed class CallWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? From { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? To { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? FromUserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ToUserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Event { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Direction { get; set; }

    public CallSessionWire? Session { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? StartTime { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? EndTime { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? Duration { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? BizOpaqueCallbackData { get; set; }

    public List<ErrorWire>? Errors { get; set; }
}

/// <summary><c>calls[].session</c>: the SDP offer or answer.</summary>
internal sealed class CallSessionWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? SdpType { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Sdp { get; set; }
}
