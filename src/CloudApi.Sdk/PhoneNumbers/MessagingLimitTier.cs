using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// How many unique users the business can reach outside a customer service window per 24 hours.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<MessagingLimitTier>))]
public readonly partial struct MessagingLimitTier
{
    /// <summary><c>TIER_250</c>: 250 users.</summary>
    public static MessagingLimitTier Tier250 { get; } = new("TIER_250");

    /// <summary><c>TIER_2K</c>: 2,000 users.</summary>
    public static MessagingLimitTier Tier2K { get; } = new("TIER_2K");

    /// <summary><c>TIER_10K</c>: 10,000 users.</summary>
    public static MessagingLimitTier Tier10K { get; } = new("TIER_10K");

    /// <summary><c>TIER_100K</c>: 100,000 users.</summary>
    public static MessagingLimitTier Tier100K { get; } = new("TIER_100K");

    /// <summary><c>TIER_UNLIMITED</c>: Unlimited.</summary>
    public static MessagingLimitTier Unlimited { get; } = new("TIER_UNLIMITED");
}
