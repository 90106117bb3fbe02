using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.PhoneNumbers.Wire;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Phone-number calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class PhoneNumbersClient : IPhoneNumbersClient
{
    internal const string DefaultFields =
        "id,display_phone_number,verified_name,quality_rating,throughput,whatsapp_business_manager_messaging_limit,name_status," +
        "code_verification_status,status,platform_type,account_mode,is_official_business_account,is_pin_enabled";

    internal const string ProfileFields = "about,address,description,email,profile_picture_url,websites,vertical";

    private static readonly ResponseParser<BusinessProfile> ParseProfile = ReadProfile;

    private readonly GraphConnection _graph;

    public PhoneNumbersClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public GraphPageable<PhoneNumber> ListAsync(PhoneNumberListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var waba = GraphIds.Resolve(options?.BusinessAccountId, _graph.Options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));
        if (options?.PageSize is { } size && size is < 1 or > 1000)
        {
            throw new WhatsAppValidationException("limit", $"limit is {size}; it must be 1 to 1000.", 1000);
        }

        var path = new GraphQuery(waba + "/phone_numbers").Add("fields", Fields(options?.Fields)).Add("limit", options?.PageSize).ToString();
        return new GraphPagedList<PhoneNumberWire, PhoneNumber>(
            _graph, path, WhatsAppJsonContext.Default.PhoneNumberWire, static (wire, source) => new PhoneNumber(wire, source), cancellationToken);
    }

    public Task<PhoneNumber> GetAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = PhoneNumberId(options?.PhoneNumberId);
        return _graph.GetAsync(new GraphQuery(id).Add("fields", Fields(options?.Fields)).ToString(), WhatsAppJsonContext.Default.PhoneNumberWire,
            static (wire, source) => new PhoneNumber(wire, source), cancellationToken);
    }

    public Task RegisterAsync(RegisterPhoneNumberRequest request, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        var id = PhoneNumberId(options?.PhoneNumberId);
        return _graph.PostForSuccessAsync(id + "/register", new RegisterPhoneNumberWire { Pin = request.Pin, DataLocalizationRegion = request.DataLocalizationRegion },
            WhatsAppJsonContext.Default.RegisterPhoneNumberWire, cancellationToken);
    }

    public Task DeregisterAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.PostForSuccessAsync(PhoneNumberId(options?.PhoneNumberId) + "/deregister", cancellationToken);

    public Task RequestCodeAsync(VerificationCodeMethod method, string language, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (method != VerificationCodeMethod.Sms && method != VerificationCodeMethod.Voice)
        {
            throw new WhatsAppValidationException("code_method", $"code_method '{method}' must be SMS or VOICE.");
        }

        LanguageCode.Validate(language, "language");
        var id = PhoneNumberId(options?.PhoneNumberId);
        return _graph.PostForSuccessAsync(new GraphQuery(id + "/request_code").Add("code_method", method.Value).Add("language", language).ToString(), cancellationToken);
    }

    public Task VerifyCodeAsync(string code, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 10 || !code.All(char.IsAsciiDigit))
        {
            throw new WhatsAppValidationException("code", "code must be the digits Meta sent (up to 10).");
        }

        var id = PhoneNumberId(options?.PhoneNumberId);
        return _graph.PostForSuccessAsync(new GraphQuery(id + "/verify_code").Add("code", code).ToString(), cancellationToken);
    }

    public Task SetTwoStepPinAsync(string pin, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        TwoStepPin.Validate(pin);
        var id = PhoneNumberId(options?.PhoneNumberId);
        return _graph.PostForSuccessAsync(id, new TwoStepPinWire { Pin = pin }, WhatsAppJsonContext.Default.TwoStepPinWire, cancellationToken);
    }

    public Task<BusinessProfile> GetBusinessProfileAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = PhoneNumberId(options?.PhoneNumberId);
        var request = new HttpRequestMessage(HttpMethod.Get, _graph.CreateUri(new GraphQuery(id + "/whatsapp_business_profile").Add("fields", ProfileFields).ToString()));
        return _graph.SendAsync(request, ParseProfile, cancellationToken);
    }

    public Task UpdateBusinessProfileAsync(BusinessProfileUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(update, "update").ValidateNotEmpty();
        var id = PhoneNumberId(options?.PhoneNumberId);
        var body = new BusinessProfileUpdateWire
        {
            About = update.About,
            Address = update.Address,
            Description = update.Description,
            Email = update.Email,
            Websites = update.Websites,
            Vertical = update.Vertical,
            ProfilePictureHandle = update.ProfilePictureHandle,
        };
        return _graph.PostForSuccessAsync(id + "/whatsapp_business_profile", body, WhatsAppJsonContext.Default.BusinessProfileUpdateWire, cancellationToken);
    }

    private string PhoneNumberId(string? id) =>
        GraphIds.Resolve(id, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));

    private static string Fields(IReadOnlyList<string>? fields)
    {
        if (fields is null)
        {
            return DefaultFields;
        }

        Validate.Count(fields.Count, 1, 64, "fields");
        foreach (var field in fields)
        {
            if (string.IsNullOrEmpty(field) || !field.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '.' or '{' or '}' or ','))
            {
                throw new WhatsAppValidationException("fields", $"fields has '{field}'; a field name holds lower-case letters, digits and underscores.");
            }
        }

        return string.Join(',', fields);
    }

    /// <summary>Reads <c>{"data":[{profile}]}</c>: the profile keeps its own object as its JSON.</summary>
    private static BusinessProfile ReadProfile(ReadOnlySpan<byte> body, GraphResponse response)
    {
        var page = JsonSerializer.Deserialize(body, WhatsAppJsonContext.Default.GraphPageWireJsonElement);
        if (page is not { Data: [var element, ..] } || element.ValueKind != JsonValueKind.Object)
        {
            throw new WhatsAppException("The Graph API answered the business profile request without a profile.");
        }

        var wire = element.Deserialize(WhatsAppJsonContext.Default.BusinessProfileWire)!;
        return new BusinessProfile(wire, GraphSource.FromElement(element, response));
    }
}
