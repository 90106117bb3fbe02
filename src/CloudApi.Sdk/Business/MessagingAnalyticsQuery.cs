namespace CloudApi.Sdk.Business;

/// <summary>A messaging analytics query: messages sent and delivered per time step (the account's <c>analytics</c> field).</summary>
/// <param name="Start">The start of the range (inclusive).</param>
/// <param name="End">The end of the range.</param>
/// <param name="Granularity">The time step.</param>
public sealed record MessagingAnalyticsQuery(DateTimeOffset Start, DateTimeOffset End, AnalyticsGranularity Granularity)
{
    /// <summary><value>Only these business numbers, as displayed without <c>+</c> (e.g. <c>15550051310</c>). Default: all.</value></summary>
    public IReadOnlyList<string>? PhoneNumbers { get; init; }

    /// <summary><value>Only recipients in these countries (two-letter codes, e.g. <c>US</c>). Default: all.</value></summary>
    public IReadOnlyList<string>? CountryCodes { get; init; }
}
