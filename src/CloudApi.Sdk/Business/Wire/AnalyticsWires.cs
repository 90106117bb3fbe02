using System.Text.Json;
using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business.Wire;

/// <summary>The answer to a field-expansion analytics query on the account node: <c>{"analytics":{...},"id":"..."}</c>.</summary>
internal sealed class AccountAnalyticsWire
{
    public JsonElement? Analytics { get; set; }

    public JsonElement? PricingAnalytics { get; set; }
}

/// <summary>The account's <c>analytics</c> object.</summary>
internal sealed class MessagingAnalyticsWire
{
    public List<string>? PhoneNumbers { get; set; }

    public List<string>? CountryCodes { get; set; }

    public AnalyticsGranularity? Granularity { get; set; }

    public List<MessagingDataPointWire>? DataPoints { get; set; }
}

/// <summary>An element of <c>analytics.data_points</c>.</summary>
internal sealed class MessagingDataPointWire
{
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset Start { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset End { get; set; }

    public long Sent { get; set; }

    public long Delivered { get; set; }
}

/// <summary>The account's <c>pricing_analytics</c> object: <c>{"data":[{"data_points":[...]}]}</c>.</summary>
internal sealed class PricingAnalyticsWire
{
    public List<PricingAnalyticsEntryWire>? Data { get; set; }

    internal sealed class PricingAnalyticsEntryWire
    {
        public List<PricingDataPointWire>? DataPoints { get; set; }
    }
}

/// <summary>An element of <c>pricing_analytics.data[].data_points</c>.</summary>
internal sealed class PricingDataPointWire
{
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset Start { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset End { get; set; }

    public long? Volume { get; set; }

    public decimal? Cost { get; set; }

    public string? Country { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? PhoneNumber { get; set; }

    public string? PricingType { get; set; }

    public string? PricingCategory { get; set; }

    public string? Tier { get; set; }
}

/// <summary>An element of <c>GET /{waba-id}/template_analytics</c>.</summary>
internal sealed class TemplateAnalyticsWire
{
    public string? Granularity { get; set; }

    public string? ProductType { get; set; }

    public List<TemplateAnalyticsDataPointWire>? DataPoints { get; set; }
}

/// <summary>An element of <c>template_analytics.data[].data_points</c>.</summary>
internal sealed class TemplateAnalyticsDataPointWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TemplateId { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset Start { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset End { get; set; }

    public long? Sent { get; set; }

    public long? Delivered { get; set; }

    public long? Read { get; set; }

    public List<TemplateButtonClicksWire>? Clicked { get; set; }

    public List<TemplateCostWire>? Cost { get; set; }
}

/// <summary>An element of <c>clicked</c>.</summary>
internal sealed class TemplateButtonClicksWire
{
    public string? Type { get; set; }

    public string? ButtonContent { get; set; }

    public long Count { get; set; }
}

/// <summary>An element of <c>cost</c>.</summary>
internal sealed class TemplateCostWire
{
    public string? Type { get; set; }

    public decimal? Value { get; set; }
}
