using CloudApi.Sdk.Business.Wire;

namespace CloudApi.Sdk.Business;

/// <summary>The volume and cost of one time step (and one value of each requested dimension) of <see cref="PricingAnalytics"/>.</summary>
public sealed class PricingDataPoint
{
    internal PricingDataPoint(
        DateTimeOffset start, DateTimeOffset end, long? volume, decimal? cost, string? country, string? phoneNumber, string? pricingType, string? pricingCategory, string? tier)
    {
        Start = start;
        End = end;
        Volume = volume;
        Cost = cost;
        Country = country;
        PhoneNumber = phoneNumber;
        PricingType = pricingType;
        PricingCategory = pricingCategory;
        Tier = tier;
    }

    internal PricingDataPoint(PricingDataPointWire wire)
        : this(wire.Start, wire.End, wire.Volume, wire.Cost, wire.Country, wire.PhoneNumber, wire.PricingType, wire.PricingCategory, wire.Tier)
    {
    }

    /// <summary>The step's start (<c>start</c>).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The step's end (<c>end</c>).</summary>
    public DateTimeOffset End { get; }

    /// <summary>Messages charged or counted (<c>volume</c>).</summary>
    public long? Volume { get; }

    /// <summary>The cost in the account's currency (<c>cost</c>); absent on a partner's credit line.</summary>
    public decimal? Cost { get; }

    /// <summary>The recipient country, when broken down by <c>COUNTRY</c> (<c>country</c>).</summary>
    public string? Country { get; }

    /// <summary>The business number, when broken down by <c>PHONE</c> (<c>phone_number</c>).</summary>
    public string? PhoneNumber { get; }

    /// <summary>The pricing type, when broken down by <c>PRICING_TYPE</c> (<c>pricing_type</c>).</summary>
    public string? PricingType { get; }

    /// <summary>The pricing category, when broken down by <c>PRICING_CATEGORY</c> (<c>pricing_category</c>).</summary>
    public string? PricingCategory { get; }

    /// <summary>The volume tier, when broken down by <c>TIER</c> (<c>tier</c>).</summary>
    public string? Tier { get; }
}
