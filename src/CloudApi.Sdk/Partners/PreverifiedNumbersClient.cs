using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners;

/// <summary>Pre-verified number calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class PreverifiedNumbersClient : IPreverifiedNumbersClient
{
    private readonly GraphConnection _graph;

    public PreverifiedNumbersClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public GraphPageable<PreverifiedNumber> ListAsync(string businessId, PreverifiedNumberListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(PartnerIds.Required(businessId, "businessId") + "/preverified_numbers")
            .Add("verification_status", options?.VerificationStatus)
            .Add("availability_status", options?.AvailabilityStatus)
            .Add("country_code", options?.CountryCode)
            .Add("limit", options?.PageSize)
            .ToString();
        return new GraphPagedList<PartnerPreverifiedNumberWire, PreverifiedNumber>(
            _graph, path, WhatsAppJsonContext.Default.PartnerPreverifiedNumberWire, static (wire, source) => new PreverifiedNumber(wire, source), cancellationToken);
    }

    public Task<PreverifiedNumberCheck> GetAsync(string preverifiedNumberId, CancellationToken cancellationToken = default) =>
        _graph.GetAsync(Id(preverifiedNumberId), WhatsAppJsonContext.Default.PartnerPreverifiedNumberCheckWire,
            static (wire, source) => new PreverifiedNumberCheck(wire, source), cancellationToken);

    public Task DeleteAsync(string preverifiedNumberId, CancellationToken cancellationToken = default) =>
        _graph.DeleteForSuccessAsync(Id(preverifiedNumberId), cancellationToken);

    public Task RequestCodeAsync(string preverifiedNumberId, VerificationCodeMethod method, string language, CancellationToken cancellationToken = default)
    {
        var path = Id(preverifiedNumberId) + "/request_code";
        if (method.Value.Length == 0)
        {
            throw new WhatsAppValidationException("code_method", "code_method is required: SMS or VOICE.");
        }

        if (language is not { Length: 5 } || !char.IsAsciiLetterLower(language[0]) || !char.IsAsciiLetterLower(language[1]) || language[2] != '_'
            || !char.IsAsciiLetterUpper(language[3]) || !char.IsAsciiLetterUpper(language[4]))
        {
            throw new WhatsAppValidationException("language", $"language '{language}' must be a language and country code such as en_US.");
        }

        return _graph.PostForSuccessAsync(path, new PartnerRequestCodeWire { CodeMethod = method.Value, Language = language },
            WhatsAppJsonContext.Default.PartnerRequestCodeWire, cancellationToken);
    }

    public Task VerifyCodeAsync(string preverifiedNumberId, string code, CancellationToken cancellationToken = default)
    {
        var path = Id(preverifiedNumberId) + "/verify_code";
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit))
        {
            throw new WhatsAppValidationException("code", "code must be the six digits the number received.");
        }

        return _graph.PostForSuccessAsync(path, new PartnerVerifyCodeWire { Code = code }, WhatsAppJsonContext.Default.PartnerVerifyCodeWire, cancellationToken);
    }

    public GraphPageable<PreverifiedNumberPartner> ListPartnersAsync(string preverifiedNumberId, PartnerListOptions? options = null, CancellationToken cancellationToken = default) =>
        new GraphPagedList<PartnerNumberPartnerWire, PreverifiedNumberPartner>(_graph,
            new GraphQuery(Id(preverifiedNumberId) + "/partners").Add("limit", options?.PageSize).ToString(),
            WhatsAppJsonContext.Default.PartnerNumberPartnerWire, static (wire, source) => new PreverifiedNumberPartner(wire, source), cancellationToken);

    public Task ShareAsync(string businessId, string preverifiedNumberId, string partnerBusinessId, CancellationToken cancellationToken = default)
    {
        var body = new PartnerShareNumberWire
        {
            PreverifiedId = PartnerIds.Required(preverifiedNumberId, "preverified_id"),
            PartnerBusinessId = PartnerIds.Required(partnerBusinessId, "partner_business_id"),
        };
        return _graph.PostForSuccessAsync(PartnerIds.Required(businessId, "businessId") + "/share_preverified_numbers", body,
            WhatsAppJsonContext.Default.PartnerShareNumberWire, cancellationToken);
    }

    private static string Id(string id) => PartnerIds.Required(id, "preverifiedNumberId");
}
