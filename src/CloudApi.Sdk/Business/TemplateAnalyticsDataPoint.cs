using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>One day of one template's analytics. Metrics that were not requested are <see langword="null"/>.</summary>
public sealed record TemplateAnalyticsDataPoint
{
    /// <summary>The template id (<c>template_id</c>).</summary>
    public string TemplateId { get; init; } = string.Empty;

    /// <summary>The day's start (<c>start</c>).</summary>
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset Start { get; init; }

    /// <summary>The day's end (<c>end</c>).</summary>
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset End { get; init; }

    /// <summary>Messages sent (<c>sent</c>).</summary>
    public long? Sent { get; init; }

    /// <summary>Messages delivered (<c>delivered</c>).</summary>
    public long? Delivered { get; init; }

    /// <summary>Messages read (<c>read</c>).</summary>
    public long? Read { get; init; }

    /// <summary>Button clicks per button (<c>clicked</c>).</summary>
    public IReadOnlyList<TemplateButtonClicks>? Clicked { get; init; }

    /// <summary>Cost figures (<c>cost</c>), e.g. <c>amount_spent</c>, <c>cost_per_delivered</c>.</summary>
    public IReadOnlyList<TemplateCost>? Cost { get; init; }
}
