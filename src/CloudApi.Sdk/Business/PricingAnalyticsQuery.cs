namespace CloudApi.Sdk.Business;

/// <summary>
/// A pricing analytics query: message volume and cost per time step and dimension (the account's <c>pricing_analytics</c>
/// field), checked when it is built.
/// </summary>
public sealed class PricingAnalyticsQuery : AccountAnalyticsQuery
{
    /// <summary>Creates a query.</summary>
    /// <param name="start">The start of the range (inclusive).</param>
    /// <param name="end">The end of the range; after <paramref name="start"/>.</param>
    /// <param name="granularity">The time step.</param>
    /// <exception cref="WhatsAppValidationException">The end is not after the start, or the granularity is not an enumeration value.</exception>
    public PricingAnalyticsQuery(DateTimeOffset start, DateTimeOffset end, PricingGranularity granularity)
        : base(start, end)
    {
        AnalyticsValues.Token(granularity.Value, "granularity", AnalyticsValues.IsEnumChar);
        Granularity = granularity;
    }

    /// <summary>The time step.</summary>
    public PricingGranularity Granularity { get; }

    /// <summary><value>The metrics: <c>COST</c>, <c>VOLUME</c> (<c>metric_types</c>). Default: Meta's (both).</value></summary>
    /// <exception cref="WhatsAppValidationException">A value is not an upper-case enumeration value.</exception>
    public IReadOnlyList<string>? MetricTypes
    {
        get;
        init => field = AnalyticsValues.List(value, "metric_types", AnalyticsValues.IsEnumChar);
    }

    /// <summary><value>Only these pricing types: <c>REGULAR</c>, <c>FREE_CUSTOMER_SERVICE</c>, <c>FREE_ENTRY_POINT</c> (<c>pricing_types</c>). Default: all.</value></summary>
    /// <exception cref="WhatsAppValidationException">A value is not an upper-case enumeration value.</exception>
    public IReadOnlyList<string>? PricingTypes
    {
        get;
        init => field = AnalyticsValues.List(value, "pricing_types", AnalyticsValues.IsEnumChar);
    }

    /// <summary><value>Only these categories: <c>MARKETING</c>, <c>UTILITY</c>, <c>AUTHENTICATION</c>, <c>SERVICE</c>, ... (<c>pricing_categories</c>). Default: all.</value></summary>
    /// <exception cref="WhatsAppValidationException">A value is not an upper-case enumeration value.</exception>
    public IReadOnlyList<string>? PricingCategories
    {
        get;
        init => field = AnalyticsValues.List(value, "pricing_categories", AnalyticsValues.IsEnumChar);
    }

    /// <summary><value>How to break the counts down: <c>COUNTRY</c>, <c>PHONE</c>, <c>PRICING_CATEGORY</c>, <c>PRICING_TYPE</c>, <c>TIER</c> (<c>dimensions</c>). Default: none.</value></summary>
    /// <exception cref="WhatsAppValidationException">A value is not an upper-case enumeration value.</exception>
    public IReadOnlyList<string>? Dimensions
    {
        get;
        init => field = AnalyticsValues.List(value, "dimensions", AnalyticsValues.IsEnumChar);
    }
}
