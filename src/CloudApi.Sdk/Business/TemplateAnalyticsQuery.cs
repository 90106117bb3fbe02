namespace CloudApi.Sdk.Business;

/// <summary>
/// A template analytics query (<c>GET /{waba-id}/template_analytics</c>): daily sends, deliveries, reads, clicks and cost per
/// template, up to 90 days back. The account must have template analytics enabled (<c>is_enabled_for_insights</c>).
/// </summary>
/// <param name="Start">The start of the range (inclusive).</param>
/// <param name="End">The end of the range.</param>
/// <param name="TemplateIds">The templates, 1 to 10 ids.</param>
public sealed record TemplateAnalyticsQuery(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> TemplateIds)
{
    /// <summary>The most templates per query.</summary>
    public const int MaxTemplates = 10;

    /// <summary><value>The metrics: <c>SENT</c>, <c>DELIVERED</c>, <c>READ</c>, <c>CLICKED</c>, <c>COST</c> (<c>metric_types</c>). Default: Meta's (all).</value></summary>
    public IReadOnlyList<string>? MetricTypes { get; init; }
}
