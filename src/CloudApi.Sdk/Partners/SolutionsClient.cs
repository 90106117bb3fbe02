using System.Text.Json.Serialization.Metadata;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners;

/// <summary>Multi-partner solution calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class SolutionsClient : ISolutionsClient
{
    private const int MaxReasonLength = 500;

    private static readonly Func<PartnerSolutionWire, GraphSource, Solution> MapSolution = static (wire, source) => new Solution(wire, source);

    private readonly GraphConnection _graph;

    public SolutionsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<CreatedSolution> CreateAsync(CreateSolutionRequest request, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        var body = new PartnerCreateSolutionWire
        {
            OwnerPermissions = [.. request.OwnerPermissions.Select(static p => p.Value)],
            PartnerAppId = request.PartnerAppId,
            PartnerPermissions = [.. request.PartnerPermissions.Select(static p => p.Value)],
            SolutionName = request.SolutionName,
        };
        return PostAsync(PartnerIds.App(options?.AppId, _graph.Options) + "/whatsapp_business_solution", body,
            WhatsAppJsonContext.Default.PartnerCreateSolutionWire, WhatsAppJsonContext.Default.PartnerCreatedSolutionWire,
            static (wire, source) => new CreatedSolution(wire, source), cancellationToken);
    }

    public GraphPageable<Solution> ListAsync(SolutionListOptions? options = null, CancellationToken cancellationToken = default) =>
        new GraphPagedList<PartnerSolutionWire, Solution>(_graph,
            new GraphQuery(PartnerIds.App(options?.AppId, _graph.Options) + "/whatsapp_business_solutions")
                .Add("role", options?.Role).Add("limit", options?.PageSize).ToString(),
            WhatsAppJsonContext.Default.PartnerSolutionWire, MapSolution, cancellationToken);

    public GraphPageable<Solution> ListForBusinessAccountAsync(PartnerListOptions? options = null, CancellationToken cancellationToken = default) =>
        new GraphPagedList<PartnerSolutionWire, Solution>(_graph,
            new GraphQuery(PartnerIds.Account(options?.BusinessAccountId, _graph.Options) + "/solutions").Add("limit", options?.PageSize).ToString(),
            WhatsAppJsonContext.Default.PartnerSolutionWire, MapSolution, cancellationToken);

    public Task<Solution> GetAsync(string solutionId, CancellationToken cancellationToken = default) =>
        _graph.GetAsync(PartnerIds.Required(solutionId, "solutionId"), WhatsAppJsonContext.Default.PartnerSolutionWire, MapSolution, cancellationToken);

    public Task<SolutionAccessToken> GetAccessTokenAsync(string solutionId, string businessId, CancellationToken cancellationToken = default) =>
        _graph.GetAsync(
            new GraphQuery(PartnerIds.Required(solutionId, "solutionId") + "/access_token").Add("business_id", PartnerIds.Required(businessId, "business_id")).ToString(),
            WhatsAppJsonContext.Default.PartnerSolutionTokenWire, static (wire, source) => new SolutionAccessToken(wire, source), cancellationToken);

    public Task<SolutionAcceptance> AcceptAsync(string solutionId, AcceptSolutionRequest request, CancellationToken cancellationToken = default)
    {
        var path = PartnerIds.Required(solutionId, "solutionId") + "/accept";
        Validate.NotNull(request, "request");
        return PostAsync(path, new PartnerAcceptSolutionWire { PartnerAppId = request.PartnerAppId, LogSessionId = request.LogSessionId },
            WhatsAppJsonContext.Default.PartnerAcceptSolutionWire, WhatsAppJsonContext.Default.PartnerSolutionAcceptanceWire,
            static (wire, source) => new SolutionAcceptance(wire, source), cancellationToken);
    }

    public Task<SolutionRejection> RejectAsync(string solutionId, RejectSolutionRequest request, CancellationToken cancellationToken = default)
    {
        var path = PartnerIds.Required(solutionId, "solutionId") + "/reject";
        Validate.NotNull(request, "request");
        var body = new PartnerRejectSolutionWire { RequestType = request.RequestType.Value, RejectionReason = request.RejectionReason, PartnerAppId = request.PartnerAppId };
        return PostAsync(path, body, WhatsAppJsonContext.Default.PartnerRejectSolutionWire, WhatsAppJsonContext.Default.PartnerSolutionRejectionWire,
            static (wire, source) => new SolutionRejection(wire, source), cancellationToken);
    }

    public Task<DeactivationRequestResult> SendDeactivationRequestAsync(string solutionId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var path = PartnerIds.Required(solutionId, "solutionId") + "/send_deactivation_request";
        Validate.OptionalText(reason, MaxReasonLength, "reason");
        return PostAsync(path, new PartnerDeactivationBodyWire { Reason = reason }, WhatsAppJsonContext.Default.PartnerDeactivationBodyWire,
            WhatsAppJsonContext.Default.PartnerDeactivationRequestWire, static (wire, source) => new DeactivationRequestResult(wire, source), cancellationToken);
    }

    public Task<Solution> AcceptDeactivationRequestAsync(string solutionId, CancellationToken cancellationToken = default) =>
        PostAsync(PartnerIds.Required(solutionId, "solutionId") + "/accept_deactivation_request", new PartnerEmptyBodyWire(),
            WhatsAppJsonContext.Default.PartnerEmptyBodyWire, WhatsAppJsonContext.Default.PartnerSolutionWire, MapSolution, cancellationToken);

    public Task<Solution> RejectDeactivationRequestAsync(string solutionId, CancellationToken cancellationToken = default) =>
        PostAsync(PartnerIds.Required(solutionId, "solutionId") + "/reject_deactivation_request", new PartnerRejectDeactivationWire(),
            WhatsAppJsonContext.Default.PartnerRejectDeactivationWire, WhatsAppJsonContext.Default.PartnerSolutionWire, MapSolution, cancellationToken);

    private Task<T> PostAsync<TBody, TWire, T>(
        string path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TWire> wireType, Func<TWire, GraphSource, T> map, CancellationToken cancellationToken) =>
        PartnerPosts.PostAsync(_graph, path, body, bodyType, wireType, map, cancellationToken);
}
