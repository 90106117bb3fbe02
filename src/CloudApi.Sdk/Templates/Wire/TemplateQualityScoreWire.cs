using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>The <c>quality_score</c> of a template: <c>{"score":"GREEN","date":1758754645}</c>.</summary>
internal sealed class TemplateQualityScoreWire
{
    public TemplateQuality? Score { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset? Date { get; set; }
}
