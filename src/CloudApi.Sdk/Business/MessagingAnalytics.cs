using CloudApi.Sdk.Business.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Business;

/// <summary>
/// Messaging analytics of an account: sent and delivered counts per time step (the account's <c>analytics</c> field). Counts
/// are approximate. <see cref="GraphResult.RawJson"/> is the <c>analytics</c> object.
/// </summary>
public sealed class MessagingAnalytics : GraphResult
{
    internal MessagingAnalytics(
        IReadOnlyList<string> phoneNumbers, IReadOnlyList<string> countryCodes, AnalyticsGranularity? granularity, IReadOnlyList<MessagingDataPoint> dataPoints, GraphSource source)
        : base(source)
    {
        PhoneNumbers = phoneNumbers;
        CountryCodes = countryCodes;
        Granularity = granularity;
        DataPoints = dataPoints;
    }

    internal MessagingAnalytics(MessagingAnalyticsWire wire, GraphSource source)
        : this(
            wire.PhoneNumbers?.ToArray() ?? [],
            wire.CountryCodes?.ToArray() ?? [],
            wire.Granularity,
            wire.DataPoints?.Select(static p => new MessagingDataPoint(p)).ToArray() ?? [],
            source)
    {
    }

    /// <summary>The business numbers the counts cover (<c>phone_numbers</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<string> PhoneNumbers { get; }

    /// <summary>The recipient countries the counts cover (<c>country_codes</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<string> CountryCodes { get; }

    /// <summary>The time step (<c>granularity</c>).</summary>
    public AnalyticsGranularity? Granularity { get; }

    /// <summary>The counts per time step (<c>data_points</c>).</summary>
    public IReadOnlyList<MessagingDataPoint> DataPoints { get; }
}
