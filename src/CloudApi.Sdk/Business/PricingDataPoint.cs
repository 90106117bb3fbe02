using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>The volume and cost of one time step (and one value of each requested dimension) of pricing analytics.</summary>
public sealed record PricingDataPoint
{
    /// <summary>The step's start (<c>start</c>).</summary>
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset Start { get; init; }

    /// <summary>The step's end (<c>end</c>).</summary>
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset End { get; init; }

    /// <summary>Messages charged or counted (<c>volume</c>).</summary>
    public long? Volume { get; init; }

    /// <summary>The cost in the account's currency (<c>cost</c>); absent on a partner's credit line.</summary>
    public decimal? Cost { get; init; }

    /// <summary>The recipient country, when broken down by <c>COUNTRY</c> (<c>country</c>).</summary>
    public string? Country { get; init; }

    /// <summary>The business number, when broken down by <c>PHONE</c> (<c>phone_number</c>).</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The pricing type, when broken down by <c>PRICING_TYPE</c> (<c>pricing_type</c>).</summary>
    public string? PricingType { get; init; }

    /// <summary>The pricing category, when broken down by <c>PRICING_CATEGORY</c> (<c>pricing_category</c>).</summary>
    public string? PricingCategory { get; init; }

    /// <summary>The volume tier, when broken down by <c>TIER</c> (<c>tier</c>).</summary>
    public string? Tier { get; init; }
}
