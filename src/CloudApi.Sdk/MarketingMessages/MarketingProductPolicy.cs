using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.MarketingMessages;

/// <summary>
/// What Meta does when the Marketing Messages API cannot send a message (<c>product_policy</c>). String-backed, so a value
/// Meta adds later can be sent before the SDK names it.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<MarketingProductPolicy>))]
public readonly partial struct MarketingProductPolicy
{
    /// <summary><c>CLOUD_API_FALLBACK</c>: send it through the Cloud API instead (Meta's default).</summary>
    public static MarketingProductPolicy CloudApiFallback { get; } = new("CLOUD_API_FALLBACK");

    /// <summary><c>STRICT</c>: send it only through the Marketing Messages API, or not at all.</summary>
    public static MarketingProductPolicy Strict { get; } = new("STRICT");
}
