using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// The industry of a business profile (<c>vertical</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<BusinessVertical>))]
public readonly partial struct BusinessVertical
{
    /// <summary><c>ALCOHOL</c>: Alcoholic beverages.</summary>
    public static BusinessVertical Alcohol { get; } = new("ALCOHOL");

    /// <summary><c>APPAREL</c>: Clothing and apparel.</summary>
    public static BusinessVertical Apparel { get; } = new("APPAREL");

    /// <summary><c>AUTO</c>: Automotive.</summary>
    public static BusinessVertical Auto { get; } = new("AUTO");

    /// <summary><c>BEAUTY</c>: Beauty, spa and salon.</summary>
    public static BusinessVertical Beauty { get; } = new("BEAUTY");

    /// <summary><c>EDU</c>: Education.</summary>
    public static BusinessVertical Education { get; } = new("EDU");

    /// <summary><c>ENTERTAIN</c>: Entertainment.</summary>
    public static BusinessVertical Entertainment { get; } = new("ENTERTAIN");

    /// <summary><c>EVENT_PLAN</c>: Event planning and service.</summary>
    public static BusinessVertical EventPlanning { get; } = new("EVENT_PLAN");

    /// <summary><c>FINANCE</c>: Finance and banking.</summary>
    public static BusinessVertical Finance { get; } = new("FINANCE");

    /// <summary><c>GOVT</c>: Public service.</summary>
    public static BusinessVertical Government { get; } = new("GOVT");

    /// <summary><c>GROCERY</c>: Food and grocery.</summary>
    public static BusinessVertical Grocery { get; } = new("GROCERY");

    /// <summary><c>HEALTH</c>: Medical and health.</summary>
    public static BusinessVertical Health { get; } = new("HEALTH");

    /// <summary><c>HOTEL</c>: Hotel and lodging.</summary>
    public static BusinessVertical Hotel { get; } = new("HOTEL");

    /// <summary><c>NONPROFIT</c>: Non-profit.</summary>
    public static BusinessVertical Nonprofit { get; } = new("NONPROFIT");

    /// <summary><c>ONLINE_GAMBLING</c>: Online gambling and gaming.</summary>
    public static BusinessVertical OnlineGambling { get; } = new("ONLINE_GAMBLING");

    /// <summary><c>OTC_DRUGS</c>: Over-the-counter drugs.</summary>
    public static BusinessVertical OverTheCounterDrugs { get; } = new("OTC_DRUGS");

    /// <summary><c>OTHER</c>: Other.</summary>
    public static BusinessVertical Other { get; } = new("OTHER");

    /// <summary><c>PHYSICAL_GAMBLING</c>: Non-online gambling and gaming.</summary>
    public static BusinessVertical PhysicalGambling { get; } = new("PHYSICAL_GAMBLING");

    /// <summary><c>PROF_SERVICES</c>: Professional services.</summary>
    public static BusinessVertical ProfessionalServices { get; } = new("PROF_SERVICES");

    /// <summary><c>RESTAURANT</c>: Restaurant.</summary>
    public static BusinessVertical Restaurant { get; } = new("RESTAURANT");

    /// <summary><c>RETAIL</c>: Shopping and retail.</summary>
    public static BusinessVertical Retail { get; } = new("RETAIL");

    /// <summary><c>TRAVEL</c>: Travel and transportation.</summary>
    public static BusinessVertical Travel { get; } = new("TRAVEL");
}
