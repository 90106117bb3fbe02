namespace CloudApi.Sdk.Flows;

/// <summary>
/// Which endpoint metric of a flow to read, at which time step and over which days
/// (<c>metric.name(N).granularity(G).since(D).until(D)</c>).
/// </summary>
public sealed class FlowMetricQuery
{
    /// <summary>Creates the query.</summary>
    /// <param name="name">The metric.</param>
    /// <param name="granularity">The time step.</param>
    /// <exception cref="WhatsAppValidationException">The name or the granularity is empty.</exception>
    public FlowMetricQuery(FlowMetricName name, FlowMetricGranularity granularity)
    {
        Name = string.IsNullOrWhiteSpace(name.Value) ? throw new WhatsAppValidationException("metric.name", "metric.name is required.") : name;
        Granularity = string.IsNullOrWhiteSpace(granularity.Value)
            ? throw new WhatsAppValidationException("metric.granularity", "metric.granularity is required.")
            : granularity;
    }

    /// <summary>The metric (<c>name</c>).</summary>
    public FlowMetricName Name { get; }

    /// <summary>The time step (<c>granularity</c>).</summary>
    public FlowMetricGranularity Granularity { get; }

    /// <summary><value>The first day (<c>since</c>). Default <see langword="null"/>: Meta's default range.</value></summary>
    public DateOnly? Since { get; init; }

    /// <summary><value>The last day (<c>until</c>), not before <see cref="Since"/>. Default <see langword="null"/>: Meta's default range.</value></summary>
    public DateOnly? Until { get; init; }
}
