using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>
/// The answer of <c>POST /{waba-id}/set_obo_mobility_intent</c>. Meta answers a refused intent with HTTP 200 and
/// <c>success:false</c>: check <see cref="Success"/> and <see cref="ErrorMessage"/>.
/// </summary>
public sealed class SetOboMobilityIntentResult : GraphResult
{
    internal SetOboMobilityIntentResult(PartnerSetOboIntentWire wire, GraphSource source)
        : base(source)
    {
        Success = wire.Success ?? false;
        IntentId = wire.IntentId;
        ClientMutationId = wire.ClientMutationId;
        ErrorMessage = wire.ErrorMsg;
    }

    /// <summary>Whether the intent was set (<c>success</c>).</summary>
    public bool Success { get; }

    /// <summary>The intent's id (<c>intent_id</c>), when set.</summary>
    public string? IntentId { get; }

    /// <summary>The request's own id, echoed (<c>client_mutation_id</c>).</summary>
    public string? ClientMutationId { get; }

    /// <summary>Why it was refused (<c>error_msg</c>).</summary>
    public string? ErrorMessage { get; }
}
