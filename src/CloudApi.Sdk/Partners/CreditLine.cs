using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A credit line of a business (an item of <c>GET /{business-id}/extendedcredits</c>), which a partner shares with onboarded accounts.</summary>
public sealed class CreditLine : GraphResult
{
    internal CreditLine(PartnerCreditLineWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        LegalEntityName = wire.LegalEntityName;
    }

    /// <summary>The credit line id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The legal entity billed (<c>legal_entity_name</c>).</summary>
    public string? LegalEntityName { get; }
}
