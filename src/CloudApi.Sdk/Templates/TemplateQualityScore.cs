using CloudApi.Sdk.Templates.Wire;

namespace CloudApi.Sdk.Templates;

/// <summary>A template's quality score (<c>{"score":"GREEN","date":1758754645}</c>).</summary>
public sealed class TemplateQualityScore
{
    internal TemplateQualityScore(TemplateQualityScoreWire wire)
        : this(wire.Score ?? default, wire.Date)
    {
    }

    internal TemplateQualityScore(TemplateQuality score, DateTimeOffset? date)
    {
        Score = score;
        Date = date;
    }

    /// <summary>The score (<c>score</c>).</summary>
    public TemplateQuality Score { get; }

    /// <summary>When the score was set (<c>date</c>, Unix seconds), when Meta sent it.</summary>
    public DateTimeOffset? Date { get; }
}
