namespace CloudApi.Sdk.Business;

/// <summary>A pricing analytics query: message volume and cost per time step and dimension (the account's <c>pricing_analytics</c> field).</summary>
/// <param name="Start">The start of the range (inclusive).</param>
/// <param name="End">The end of the range.</param>
/// <param name="Granularity">The time step.</param>
public sealed record PricingAnalyticsQuery(DateTimeOffset Start, DateTimeOffset End, PricingGranularity Granularity)
{
    /// <summary><value>Only these business numbers, as displayed without <c>+</c>. Default: all.</value></summary>
    public IReadOnlyList<string>? PhoneNumbers { get; init; }

    /// <summary><value>Only recipients in these countries (two-letter codes). Default: all.</value></summary>
    public IReadOnlyList<string>? CountryCodes { get; init; }

    /// <summary><value>The metrics: <c>COST</c>, <c>VOLUME</c> (<c>metric_types</c>). Default: Meta's (both).</value></summary>
    public IReadOnlyList<string>? MetricTypes { get; init; }

    /// <summary><value>Only these pricing types: <c>REGULAR</c>, <c>FREE_CUSTOMER_SERVICE</c>, <c>FREE_ENTRY_POINT</c> (<c>pricing_types</c>). Default: all.</value></summary>
    public IReadOnlyList<string>? PricingTypes { get; init; }

    /// <summary><value>Only these categories: <c>MARKETING</c>, <c>UTILITY</c>, <c>AUTHENTICATION</c>, <c>SERVICE</c>, ... (<c>pricing_categories</c>). Default: all.</value></summary>
    public IReadOnlyList<string>? PricingCategories { get; init; }

    /// <summary><value>How to break the counts down: <c>COUNTRY</c>, <c>PHONE</c>, <c>PRICING_CATEGORY</c>, <c>PRICING_TYPE</c>, <c>TIER</c> (<c>dimensions</c>). Default: none.</value></summary>
    public IReadOnlyList<string>? Dimensions { get; init; }
}
