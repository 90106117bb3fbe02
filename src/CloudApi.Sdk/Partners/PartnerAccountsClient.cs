using CloudApi.Sdk.Business;
using CloudApi.Sdk.Business.Wire;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners;

/// <summary>The provider's account calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class PartnerAccountsClient : IPartnerAccountsClient
{
    private static readonly ResponseParser<bool> ParseSuccess = SuccessReader.Read;

    private readonly GraphConnection _graph;

    public PartnerAccountsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<BusinessPortfolio> GetBusinessAsync(string businessId, CancellationToken cancellationToken = default) =>
        _graph.GetAsync(new GraphQuery(PartnerIds.Required(businessId, "businessId")).Add("fields", "id,name,timezone_id").ToString(),
            WhatsAppJsonContext.Default.PartnerBusinessPortfolioWire, static (wire, source) => new BusinessPortfolio(wire, source), cancellationToken);

    public GraphPageable<BusinessAccount> ListClientBusinessAccountsAsync(string businessId, PartnerListOptions? options = null, CancellationToken cancellationToken = default) =>
        Accounts(new GraphQuery(PartnerIds.Required(businessId, "businessId") + "/client_whatsapp_business_accounts")
            .Add("fields", BusinessAccountsClient.DefaultFields).Add("limit", options?.PageSize).ToString(), cancellationToken);

    public GraphPageable<BusinessAccount> ListOwnedBusinessAccountsAsync(string businessId, PartnerListOptions? options = null, CancellationToken cancellationToken = default) =>
        Accounts(new GraphQuery(PartnerIds.Required(businessId, "businessId") + "/owned_whatsapp_business_accounts")
            .Add("first", options?.PageSize).ToString(), cancellationToken);

    public GraphPageable<AssignedBusinessAccount> ListAssignedBusinessAccountsAsync(string userId, PartnerListOptions? options = null, CancellationToken cancellationToken = default) =>
        new GraphPagedList<PartnerAssignedAccountWire, AssignedBusinessAccount>(_graph,
            new GraphQuery(PartnerIds.Required(userId, "userId") + "/assigned_whatsapp_business_accounts").Add("limit", options?.PageSize).ToString(),
            WhatsAppJsonContext.Default.PartnerAssignedAccountWire, static (wire, source) => new AssignedBusinessAccount(wire, source), cancellationToken);

    public GraphPageable<ClientBusiness> ListConnectedClientBusinessesAsync(PartnerListOptions? options = null, CancellationToken cancellationToken = default) =>
        new GraphPagedList<PartnerClientBusinessWire, ClientBusiness>(_graph,
            new GraphQuery(PartnerIds.App(options?.AppId, _graph.Options) + "/connected_client_businesses").Add("limit", options?.PageSize).ToString(),
            WhatsAppJsonContext.Default.PartnerClientBusinessWire, static (wire, source) => new ClientBusiness(wire, source), cancellationToken);

    public GraphPageable<AssignedUser> ListAssignedUsersAsync(string businessId, PartnerListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(PartnerIds.Account(options?.BusinessAccountId, _graph.Options) + "/assigned_users")
            .Add("business", PartnerIds.Required(businessId, "business")).Add("limit", options?.PageSize).ToString();
        return new GraphPagedList<PartnerAssignedUserWire, AssignedUser>(
            _graph, path, WhatsAppJsonContext.Default.PartnerAssignedUserWire, static (wire, source) => new AssignedUser(wire, source), cancellationToken);
    }

    public Task AddAssignedUserAsync(AssignUserRequest request, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        var tasks = "[" + string.Join(',', request.Tasks.Select(static task => "\"" + task.Value + "\"")) + "]";
        return SendFormAsync(HttpMethod.Post, options, [new("user", request.UserId), new("tasks", tasks)], cancellationToken);
    }

    public Task RemoveAssignedUserAsync(string userId, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendFormAsync(HttpMethod.Delete, options, [new("user", PartnerIds.Required(userId, "user"))], cancellationToken);

    public GraphPageable<OnBehalfRequest> ListOnBehalfRequestsAsync(PartnerListOptions? options = null, CancellationToken cancellationToken = default) =>
        new GraphPagedList<PartnerOnBehalfRequestWire, OnBehalfRequest>(_graph,
            new GraphQuery(PartnerIds.Account(options?.BusinessAccountId, _graph.Options) + "/in_progress_onbehalf_request").Add("limit", options?.PageSize).ToString(),
            WhatsAppJsonContext.Default.PartnerOnBehalfRequestWire, static (wire, source) => new OnBehalfRequest(wire, source), cancellationToken);

    public GraphPageable<CreditLine> ListCreditLinesAsync(string businessId, CancellationToken cancellationToken = default) =>
        new GraphPagedList<PartnerCreditLineWire, CreditLine>(_graph, PartnerIds.Required(businessId, "businessId") + "/extendedcredits",
            WhatsAppJsonContext.Default.PartnerCreditLineWire, static (wire, source) => new CreditLine(wire, source), cancellationToken);

    private GraphPagedList<BusinessAccountWire, BusinessAccount> Accounts(string path, CancellationToken cancellationToken) =>
        new(_graph, path, WhatsAppJsonContext.Default.BusinessAccountWire, static (wire, source) => new BusinessAccount(wire, source), cancellationToken);

    // assigned_users takes a form body (Meta's spec: application/x-www-form-urlencoded), on POST and on DELETE.
    private Task<bool> SendFormAsync(HttpMethod method, PartnerRequestOptions? options, KeyValuePair<string, string>[] fields, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, _graph.CreateUri(PartnerIds.Account(options?.BusinessAccountId, _graph.Options) + "/assigned_users"))
        {
            Content = GraphRequestContent.Form(fields).CreateHttpContent(),
        };
        return _graph.SendAsync(request, ParseSuccess, cancellationToken);
    }
}
