namespace CloudApi.Sdk.Business;

/// <summary>A messaging analytics query: messages sent and delivered per time step (the account's <c>analytics</c> field), checked when it is built.</summary>
public sealed class MessagingAnalyticsQuery : AccountAnalyticsQuery
{
    /// <summary>Creates a query.</summary>
    /// <param name="start">The start of the range (inclusive).</param>
    /// <param name="end">The end of the range; after <paramref name="start"/>.</param>
    /// <param name="granularity">The time step.</param>
    /// <exception cref="WhatsAppValidationException">The end is not after the start, or the granularity is not an enumeration value.</exception>
    public MessagingAnalyticsQuery(DateTimeOffset start, DateTimeOffset end, AnalyticsGranularity granularity)
        : base(start, end)
    {
        AnalyticsValues.Token(granularity.Value, "granularity", AnalyticsValues.IsEnumChar);
        Granularity = granularity;
    }

    /// <summary>The time step.</summary>
    public AnalyticsGranularity Granularity { get; }
}
