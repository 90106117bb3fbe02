using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>Messaging analytics of an account: sent and delivered counts per time step. Counts are approximate.</summary>
public sealed record MessagingAnalytics
{
    /// <summary>The business numbers the counts cover (<c>phone_numbers</c>).</summary>
    public IReadOnlyList<string>? PhoneNumbers { get; init; }

    /// <summary>The recipient countries the counts cover (<c>country_codes</c>).</summary>
    public IReadOnlyList<string>? CountryCodes { get; init; }

    /// <summary>The time step (<c>granularity</c>).</summary>
    public AnalyticsGranularity? Granularity { get; init; }

    /// <summary>The counts per time step (<c>data_points</c>).</summary>
    public IReadOnlyList<MessagingDataPoint> DataPoints { get; init; } = [];
}
