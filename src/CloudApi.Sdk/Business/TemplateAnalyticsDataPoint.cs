using CloudApi.Sdk.Business.Wire;

namespace CloudApi.Sdk.Business;

/// <summary>One day of one template's analytics. Metrics that were not requested are <see langword="null"/> (lists: empty).</summary>
public sealed class TemplateAnalyticsDataPoint
{
    internal TemplateAnalyticsDataPoint(
        string templateId, DateTimeOffset start, DateTimeOffset end, long? sent, long? delivered, long? read,
        IReadOnlyList<TemplateButtonClicks> clicked, IReadOnlyList<TemplateCost> cost)
    {
        TemplateId = templateId;
        Start = start;
        End = end;
        Sent = sent;
        Delivered = delivered;
        Read = read;
        Clicked = clicked;
        Cost = cost;
    }

    internal TemplateAnalyticsDataPoint(TemplateAnalyticsDataPointWire wire)
        : this(
            wire.TemplateId ?? string.Empty,
            wire.Start,
            wire.End,
            wire.Sent,
            wire.Delivered,
            wire.Read,
            wire.Clicked?.Select(static c => new TemplateButtonClicks(c.Type, c.ButtonContent, c.Count)).ToArray() ?? [],
            wire.Cost?.Select(static c => new TemplateCost(c.Type, c.Value)).ToArray() ?? [])
    {
    }

    /// <summary>The template id (<c>template_id</c>).</summary>
    public string TemplateId { get; }

    /// <summary>The day's start (<c>start</c>).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The day's end (<c>end</c>).</summary>
    public DateTimeOffset End { get; }

    /// <summary>Messages sent (<c>sent</c>).</summary>
    public long? Sent { get; }

    /// <summary>Messages delivered (<c>delivered</c>).</summary>
    public long? Delivered { get; }

    /// <summary>Messages read (<c>read</c>).</summary>
    public long? Read { get; }

    /// <summary>Button clicks per button (<c>clicked</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<TemplateButtonClicks> Clicked { get; }

    /// <summary>Cost figures (<c>cost</c>), e.g. <c>amount_spent</c>, <c>cost_per_delivered</c>; empty when Meta sent none.</summary>
    public IReadOnlyList<TemplateCost> Cost { get; }
}
