namespace CloudApi.Sdk.Business;

/// <summary>A messaging analytics query: messages sent and delivered per time step (the account's <c>analytics</c> field), checked when it is built.</summary>
public sealed class MessagingAnalyticsQuery
{
    /// <summary>Creates a query.</summary>
    /// <param name="start">The start of the range (inclusive).</param>
    /// <param name="end">The end of the range; after <paramref name="start"/>.</param>
    /// <param name="granularity">The time step.</param>
    /// <exception cref="WhatsAppValidationException">The end is not after the start, or the granularity is not an enumeration value.</exception>
    public MessagingAnalyticsQuery(DateTimeOffset start, DateTimeOffset end, AnalyticsGranularity granularity)
    {
        AnalyticsValues.Range(start, end);
        AnalyticsValues.Token(granularity.Value, "granularity", AnalyticsValues.IsEnumChar);
        Start = start;
        End = end;
        Granularity = granularity;
    }

    /// <summary>The start of the range (inclusive).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The end of the range.</summary>
    public DateTimeOffset End { get; }

    /// <summary>The time step.</summary>
    public AnalyticsGranularity Granularity { get; }

    /// <summary><value>Only these business numbers, as displayed without <c>+</c> (e.g. <c>15550051310</c>), digits only. Default: all.</value></summary>
    /// <exception cref="WhatsAppValidationException">A value holds something other than digits.</exception>
    public IReadOnlyList<string>? PhoneNumbers
    {
        get;
        init => field = AnalyticsValues.PhoneNumbers(value);
    }

    /// <summary><value>Only recipients in these countries (two-letter upper-case codes, e.g. <c>US</c>). Default: all.</value></summary>
    /// <exception cref="WhatsAppValidationException">A value holds something other than upper-case letters.</exception>
    public IReadOnlyList<string>? CountryCodes
    {
        get;
        init => field = AnalyticsValues.CountryCodes(value);
    }
}
