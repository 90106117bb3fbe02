namespace CloudApi.Sdk.Business;

/// <summary>
/// What the account's analytics fields (<see cref="MessagingAnalyticsQuery"/>, <see cref="PricingAnalyticsQuery"/>) have in
/// common: a time range, and filters by business number and recipient country; checked when it is built.
/// </summary>
public abstract class AccountAnalyticsQuery
{
    private protected AccountAnalyticsQuery(DateTimeOffset start, DateTimeOffset end)
    {
        AnalyticsValues.Range(start, end);
        Start = start;
        End = end;
    }

    /// <summary>The start of the range (inclusive).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The end of the range.</summary>
    public DateTimeOffset End { get; }

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
