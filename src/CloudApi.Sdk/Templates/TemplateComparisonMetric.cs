namespace CloudApi.Sdk.Templates;

/// <summary>
/// One metric of a template comparison: a ranking of the templates (<c>order_by_relative_metric</c>, best first), or a
/// number or text per template id (<c>number_values</c>, <c>string_values</c>), as <see cref="Type"/> says.
/// </summary>
public sealed class TemplateComparisonMetric
{
    internal TemplateComparisonMetric(
        string metric, string? type, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, long> numbers, IReadOnlyDictionary<string, string> texts)
    {
        Metric = metric;
        Type = type;
        Ranking = ranking;
        Numbers = numbers;
        Texts = texts;
    }

    /// <summary>The metric (<c>metric</c>), e.g. <c>BLOCK_RATE</c>, <c>MESSAGE_SENDS</c>, <c>TOP_BLOCK_REASON</c>.</summary>
    public string Metric { get; }

    /// <summary>How its values are given (<c>type</c>): <c>RELATIVE</c>, <c>NUMBER_VALUES</c> or <c>STRING_VALUES</c>.</summary>
    public string? Type { get; }

    /// <summary>The template ids ordered by the metric (<c>order_by_relative_metric</c>); empty for other types.</summary>
    public IReadOnlyList<string> Ranking { get; }

    /// <summary>Each template id's number (<c>number_values</c>); empty for other types.</summary>
    public IReadOnlyDictionary<string, long> Numbers { get; }

    /// <summary>Each template id's text (<c>string_values</c>); empty for other types.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }
}
