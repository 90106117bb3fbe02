using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners;

/// <summary>Which pending request of a multi-partner solution a rejection answers (<c>request_type</c>).</summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<SolutionRequestType>))]
public readonly partial struct SolutionRequestType
{
    /// <summary><c>PARTNERSHIP_REQUEST</c>: the invitation to join the solution.</summary>
    public static SolutionRequestType PartnershipRequest { get; } = new("PARTNERSHIP_REQUEST");

    /// <summary><c>DEACTIVATION_REQUEST</c>: the owner's or partner's request to deactivate the solution.</summary>
    public static SolutionRequestType DeactivationRequest { get; } = new("DEACTIVATION_REQUEST");
}
