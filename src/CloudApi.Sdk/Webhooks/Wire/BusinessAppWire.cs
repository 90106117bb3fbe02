using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>A <c>history[]</c> item: one chunk of shared chat history, or the errors of a declined share.</summary>
internal sealed class HistoryWire
{
    public HistoryMetadataWire? Metadata { get; set; }

    public List<HistoryThreadWire>? Threads { get; set; }

    public List<ErrorWire>? Errors { get; set; }
}

/// <summary><c>history[].metadata</c>.</summary>
internal sealed class HistoryMetadataWire
{
    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? Phase { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? ChunkOrder { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? Progress { get; set; }
}

/// <summary><c>history[].threads[]</c>: one chat.</summary>
internal sealed class HistoryThreadWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    public List<MessageWire>? Messages { get; set; }
}

/// <summary>A <c>state_sync[]</c> item: a Business-app contact added or removed.</summary>
internal sealed class StateSyncWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Type { get; set; }

    public StateSyncContactWire? Contact { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Action { get; set; }

    public StateSyncMetadataWire? Metadata { get; set; }
}

/// <summary><c>state_sync[].contact</c>.</summary>
internal sealed class StateSyncContactWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? FullName { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? FirstName { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? PhoneNumber { get; set; }
}

/// <summary><c>state_sync[].metadata</c>.</summary>
internal sealed class StateSyncMetadataWire
{
    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }
}

/// <summary>An <c>automatic_events[]</c> item: a purchase or lead detected in a chat.</summary>
internal sealed class AutomaticEventWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? EventName { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? CtwaClid { get; set; }

    public AutomaticEventDataWire? CustomData { get; set; }
}

/// <summary><c>automatic_events[].custom_data</c>.</summary>
internal sealed class AutomaticEventDataWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Currency { get; set; }

    [JsonConverter(typeof(TolerantDecimalConverter))]
    public decimal? Value { get; set; }
}
