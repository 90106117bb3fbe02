using System.Text.Json;
using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business.Wire;

/// <summary>The body of <c>POST /{waba-id}</c>.</summary>
internal sealed class BusinessAccountUpdateWire
{
    public string? Name { get; set; }

    public string? TimezoneId { get; set; }
}

/// <summary>An element of <c>GET /{waba-id}/activities</c>.</summary>
internal sealed class ActivityWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? ActivityType { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? ActorType { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? ActorId { get; set; }

    public string? ActorName { get; set; }

    public JsonElement? Details { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }
}

/// <summary>An element of <c>GET /{waba-id}/schedules</c>, and the body of its <c>POST</c>.</summary>
internal sealed class ScheduleWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Status { get; set; }

    public CloudApi.Sdk.Business.ScheduleType? ScheduleType { get; set; }

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public string? Timezone { get; set; }

    public List<string>? DaysOfWeek { get; set; }

    public DateTimeOffset? CreatedTime { get; set; }

    public DateTimeOffset? UpdatedTime { get; set; }

    public bool? IsActive { get; set; }

    public RecurrenceWire? RecurrencePattern { get; set; }

    internal sealed class RecurrenceWire
    {
        public string? Frequency { get; set; }

        public int? Interval { get; set; }

        public string? EndDate { get; set; }
    }
}

/// <summary>An answer that is only the new object's id.</summary>
internal sealed class CreatedScheduleWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }
}
