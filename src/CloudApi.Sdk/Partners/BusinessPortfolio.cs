using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A business portfolio (Meta Business Manager business, <c>GET /{business-id}</c>).</summary>
public sealed class BusinessPortfolio : GraphResult
{
    internal BusinessPortfolio(PartnerBusinessPortfolioWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        Name = wire.Name;
        TimezoneId = wire.TimezoneId;
    }

    /// <summary>The business id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The business name (<c>name</c>).</summary>
    public string? Name { get; }

    /// <summary>The business's time zone id (<c>timezone_id</c>).</summary>
    public long? TimezoneId { get; }
}
