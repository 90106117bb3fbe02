using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>A template's quality score (<c>{"score":"GREEN","date":1758754645}</c>).</summary>
public sealed record TemplateQualityScore
{
    /// <summary>The score (<c>score</c>).</summary>
    public TemplateQuality Score { get; init; }

    /// <summary>When the score was set (<c>date</c>, Unix seconds).</summary>
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset? Date { get; init; }
}
