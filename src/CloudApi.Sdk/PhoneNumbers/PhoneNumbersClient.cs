using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Phone-number calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class PhoneNumbersClient : IPhoneNumbersClient
{
    internal const string DefaultFields =
        "id,display_phone_number,verified_name,quality_rating,throughput,whatsapp_business_manager_messaging_limit,name_status," +
        "code_verification_status,status,platform_type,account_mode,is_official_business_account,is_pin_enabled";

    internal const string ProfileFields = "about,address,description,email,profile_picture_url,websites,vertical";

    private readonly GraphConnection _graph;

    public PhoneNumbersClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public IAsyncEnumerable<PhoneNumber> ListAsync(PhoneNumberListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var waba = GraphIds.Resolve(options?.BusinessAccountId, _graph.Options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));
        if (options?.PageSize is { } size && size is < 1 or > 1000)
        {
            throw new WhatsAppValidationException("limit", $"limit is {size}; it must be 1 to 1000.", 1000);
        }

        var path = new GraphQuery(waba + "/phone_numbers").Add("fields", Fields(options?.Fields)).Add("limit", options?.PageSize).ToString();
        return GraphPager.ListAsync(_graph, path, WhatsAppJsonContext.Default.GraphPageWirePhoneNumber, cancellationToken);
    }

    public Task<PhoneNumber> GetAsync(PhoneNumberQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = PhoneNumberId(options?.PhoneNumberId);
        return _graph.GetAsync(new GraphQuery(id).Add("fields", Fields(options?.Fields)).ToString(), WhatsAppJsonContext.Default.PhoneNumber, cancellationToken);
    }

    public Task RegisterAsync(string pin, RegisterPhoneNumberOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidatePin(pin);
        var region = options?.DataLocalizationRegion;
        if (region is not null && (region.Length != 2 || !char.IsAsciiLetterUpper(region[0]) || !char.IsAsciiLetterUpper(region[1])))
        {
            throw new WhatsAppValidationException("data_localization_region", $"data_localization_region '{region}' must be a two-letter upper-case country code such as DE.");
        }

        var id = PhoneNumberId(options?.PhoneNumberId);
        return _graph.PostForSuccessAsync(id + "/register", new RegisterRequest { Pin = pin, DataLocalizationRegion = region },
            WhatsAppJsonContext.Default.RegisterRequest, cancellationToken);
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
        ValidatePin(pin);
        var id = PhoneNumberId(options?.PhoneNumberId);
        return _graph.PostForSuccessAsync(id, new TwoStepPinRequest { Pin = pin }, WhatsAppJsonContext.Default.TwoStepPinRequest, cancellationToken);
    }

    public async Task<BusinessProfile> GetBusinessProfileAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = PhoneNumberId(options?.PhoneNumberId);
        var page = await _graph.GetAsync(new GraphQuery(id + "/whatsapp_business_profile").Add("fields", ProfileFields).ToString(),
            WhatsAppJsonContext.Default.GraphPageWireBusinessProfile, cancellationToken).ConfigureAwait(false);
        return page.Data.Count > 0 ? page.Data[0] : throw new WhatsAppException("The Graph API answered the business profile request without a profile.");
    }

    public Task UpdateBusinessProfileAsync(BusinessProfileUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(update, "update").Validate();
        var id = PhoneNumberId(options?.PhoneNumberId);
        var body = new BusinessProfileUpdateRequest
        {
            About = update.About,
            Address = update.Address,
            Description = update.Description,
            Email = update.Email,
            Websites = update.Websites,
            Vertical = update.Vertical,
            ProfilePictureHandle = update.ProfilePictureHandle,
        };
        return _graph.PostForSuccessAsync(id + "/whatsapp_business_profile", body, WhatsAppJsonContext.Default.BusinessProfileUpdateRequest, cancellationToken);
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

    /// <summary>The PIN never appears in an exception message.</summary>
    private static void ValidatePin(string? pin)
    {
        if (pin is not { Length: 6 } || !pin.All(char.IsAsciiDigit))
        {
            throw new WhatsAppValidationException("pin", "pin must be exactly 6 digits.", 6);
        }
    }
}
