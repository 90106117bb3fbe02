using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>The answer of <c>POST /{application-id}/whatsapp_business_solution</c>: the new solution's id.</summary>
public sealed class CreatedSolution : GraphResult
{
    internal CreatedSolution(PartnerCreatedSolutionWire wire, GraphSource source)
        : base(source)
    {
        SolutionId = wire.SolutionId ?? string.Empty;
    }

    /// <summary>The solution id (<c>solution_id</c>).</summary>
    public string SolutionId { get; }
}
