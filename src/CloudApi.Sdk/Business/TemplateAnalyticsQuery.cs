namespace CloudApi.Sdk.Business;

/// <summary>
/// A template analytics query (<c>GET /{waba-id}/template_analytics</c>): daily sends, deliveries, reads, clicks and cost per
/// template, up to 90 days back, checked when it is built. The account must have template analytics enabled
/// (<c>is_enabled_for_insights</c>).
/// </summary>
public sealed class TemplateAnalyticsQuery
{
    /// <summary>The most templates per query.</summary>
    public const int MaxTemplates = 10;

    /// <summary>Creates a query.</summary>
    /// <param name="start">The start of the range (inclusive).</param>
    /// <param name="end">The end of the range; after <paramref name="start"/>.</param>
    /// <param name="templateIds">The templates, 1 to 10 ids (digits). The list is copied.</param>
    /// <exception cref="WhatsAppValidationException">The end is not after the start, or the ids are too few, too many or malformed.</exception>
    public TemplateAnalyticsQuery(DateTimeOffset start, DateTimeOffset end, IReadOnlyList<string> templateIds)
    {
        AnalyticsValues.Range(start, end);
        Validate.Count(templateIds?.Count ?? 0, 1, MaxTemplates, "template_ids");
        Start = start;
        End = end;
        TemplateIds = AnalyticsValues.List(templateIds, "template_ids", char.IsAsciiDigit)!;
    }

    /// <summary>The start of the range (inclusive).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The end of the range.</summary>
    public DateTimeOffset End { get; }

    /// <summary>The templates (<c>template_ids</c>).</summary>
    public IReadOnlyList<string> TemplateIds { get; }

    /// <summary><value>The metrics: <c>SENT</c>, <c>DELIVERED</c>, <c>READ</c>, <c>CLICKED</c>, <c>COST</c> (<c>metric_types</c>). Default: Meta's (all).</value></summary>
    /// <exception cref="WhatsAppValidationException">A value is not an upper-case enumeration value.</exception>
    public IReadOnlyList<string>? MetricTypes
    {
        get;
        init => field = AnalyticsValues.List(value, "metric_types", AnalyticsValues.IsEnumChar);
    }
}
