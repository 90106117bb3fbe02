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

    private static readonly ResponseParser<CreatedPhoneNumber> ParseCreated =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.CreatedIdWire, static (wire, source) => new CreatedPhoneNumber(wire.Id ?? string.Empty, source));

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
        return _graph.PostForSuccessAsync(id + "/whatsapp_business_profile", ProfileBody(update), WhatsAppJsonContext.Default.BusinessProfileUpdateWire, cancellationToken);
    }

    private static BusinessProfileUpdateWire ProfileBody(BusinessProfileUpdate update) =>
        new()
        {
            About = update.About,
            Address = update.Address,
            Description = update.Description,
            Email = update.Email,
            Websites = update.Websites,
            Vertical = update.Vertical,
            ProfilePictureHandle = update.ProfilePictureHandle,
        };

    public Task UpdateAsync(PhoneNumberUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(update, "update").ValidateForSend();
        var body = new PhoneNumberUpdateWire
        {
            WebhookConfiguration = update.WebhookCallbackUri is { } uri
                ? new PhoneNumberUpdateWire.WebhookConfigurationWire { OverrideCallbackUri = uri.AbsoluteUri, VerifyToken = update.WebhookVerifyToken }
                : null,
            NewDisplayName = update.NewDisplayName,
            SearchVisibility = update.SearchVisibility,
            Username = update.Username,
            WhatsappBusinessApiData = update.ShowSecurityNotifications is null && update.NotifyUserChangeNumber is null
                ? null
                : new PhoneNumberUpdateWire.ApiDataWire { ShowSecurityNotifications = update.ShowSecurityNotifications, NotifyUserChangeNumber = update.NotifyUserChangeNumber },
        };
        return _graph.PostForSuccessAsync(PhoneNumberId(options?.PhoneNumberId), body, WhatsAppJsonContext.Default.PhoneNumberUpdateWire, cancellationToken);
    }

    public Task<PhoneNumberSettings> GetSettingsAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(PhoneNumberId(options?.PhoneNumberId) + "/settings").Add("include_sip_credentials", options?.IncludeSipCredentials == true ? "true" : null).ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.PhoneNumberSettingsWire, static (wire, source) => new PhoneNumberSettings(wire, source), cancellationToken);
    }

    public Task UpdateSettingsAsync(PhoneNumberSettingsUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(update, "update").ValidateOnePart();
        update.Calling?.ValidateParts();
        var body = new PhoneNumberSettingsWire
        {
            Calling = update.Calling is { } calling ? CallingWire(calling) : null,
            UserIdentityChange = update.UserIdentityChangeEnabled is { } enabled ? new PhoneNumberSettingsWire.UserIdentityChangeWire { Enabled = enabled } : null,
            PayloadEncryption = update.PayloadEncryption is { } encryption
                ? new PhoneNumberSettingsWire.PayloadEncryptionWire { Status = encryption.Status, ClientEncryptionKey = encryption.ClientEncryptionKey }
                : null,
            StorageConfiguration = update.Storage is { } storage ? new PhoneNumberSettingsWire.StorageConfigurationWire { Enabled = storage.Enabled, Region = storage.Region } : null,
        };
        return _graph.PostForSuccessAsync(PhoneNumberId(options?.PhoneNumberId) + "/settings", body, WhatsAppJsonContext.Default.PhoneNumberSettingsWire, cancellationToken);
    }

    private static CallingSettingsWire CallingWire(CallingSettingsUpdate calling) => new()
    {
        Status = calling.Status,
        CallIconVisibility = calling.CallIconVisibility,
        CallbackPermissionStatus = calling.CallbackPermissionStatus,
        SrtpKeyExchangeProtocol = calling.SrtpKeyExchangeProtocol,
        CallHours = calling.CallHours is { } hours
            ? new CallingSettingsWire.CallHoursWire
            {
                Status = hours.Status,
                TimezoneId = hours.TimeZoneId,
                WeeklyOperatingHours = hours.WeeklyOperatingHours?.Select(static h => (CallingSettingsWire.CallOperatingHoursWire?)new CallingSettingsWire.CallOperatingHoursWire
                {
                    DayOfWeek = CallHoursText.Day(h.DayOfWeek), OpenTime = CallHoursText.Time(h.OpenTime), CloseTime = CallHoursText.Time(h.CloseTime),
                }).ToList(),
                HolidaySchedule = hours.HolidaySchedule?.Select(static h => (CallingSettingsWire.CallHolidayWire?)new CallingSettingsWire.CallHolidayWire
                {
                    Date = CallHoursText.Date(h.Date), StartTime = CallHoursText.Time(h.StartTime), EndTime = CallHoursText.Time(h.EndTime),
                }).ToList(),
            }
            : null,
        Video = calling.VideoStatus is { } video ? new CallingSettingsWire.CallingStatusWire { Status = video } : null,
        Sip = calling.SipStatus is { } sip
            ? new CallingSettingsWire.SipWire
            {
                Status = sip,
                Servers = calling.SipServers?.Select(static server => new CallingSettingsWire.SipServerWire
                {
                    Hostname = server.Hostname,
                    Port = server.Port,
                    RequestUriUserParams = server.RequestUriUserParameters is { } parameters ? new Dictionary<string, string>(parameters) : null,
                }).ToList(),
            }
            : null,
    };

    public Task<CommerceSettings> GetCommerceSettingsAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetFirstAsync(PhoneNumberId(options?.PhoneNumberId) + "/whatsapp_commerce_settings", WhatsAppJsonContext.Default.CommerceSettingsWire,
            static (wire, source) => new CommerceSettings(wire, source), cancellationToken);

    public Task UpdateCommerceSettingsAsync(CommerceSettingsUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(update, "update").ValidateNotEmpty();
        var path = new GraphQuery(PhoneNumberId(options?.PhoneNumberId) + "/whatsapp_commerce_settings")
            .Add("is_cart_enabled", Flag(update.IsCartEnabled))
            .Add("is_catalog_visible", Flag(update.IsCatalogVisible))
            .ToString();
        return _graph.PostForSuccessAsync(path, cancellationToken);
    }

    public Task<BusinessComplianceInfo> GetComplianceInfoAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetFirstAsync(PhoneNumberId(options?.PhoneNumberId) + "/business_compliance_info", WhatsAppJsonContext.Default.ComplianceInfoWire,
            static (wire, source) => new BusinessComplianceInfo(wire, source), cancellationToken);

    public Task UpdateComplianceInfoAsync(BusinessComplianceInfoUpdate update, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(update, "update");
        var body = new ComplianceInfoWire
        {
            MessagingProduct = "whatsapp",
            EntityName = update.EntityName,
            EntityType = update.EntityType,
            EntityTypeCustom = update.EntityTypeCustom,
            IsRegistered = update.IsRegistered,
            GrievanceOfficerDetails = new ComplianceContactWire
            {
                Name = update.GrievanceOfficer.Name,
                Email = update.GrievanceOfficer.Email,
                MobileNumber = update.GrievanceOfficer.MobileNumber,
                LandlineNumber = update.GrievanceOfficer.LandlineNumber,
            },
            CustomerCareDetails = new ComplianceContactWire
            {
                Email = update.CustomerCare.Email,
                MobileNumber = update.CustomerCare.MobileNumber,
                LandlineNumber = update.CustomerCare.LandlineNumber,
            },
        };
        return _graph.PostForSuccessAsync(PhoneNumberId(options?.PhoneNumberId) + "/business_compliance_info", body, WhatsAppJsonContext.Default.ComplianceInfoWire, cancellationToken);
    }

    public Task<OfficialBusinessAccountStatus> GetOfficialBusinessAccountStatusAsync(PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(PhoneNumberId(options?.PhoneNumberId) + "/official_business_account").Add("fields", "id,oba_status,status_message").ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.OfficialBusinessAccountWire, static (wire, source) => new OfficialBusinessAccountStatus(wire, source), cancellationToken);
    }

    public Task<OfficialBusinessAccountStatus> RequestOfficialBusinessAccountAsync(
        OfficialBusinessAccountRequest request, PhoneNumberRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        if (request.Action != OfficialBusinessAccountAction.WithdrawApplication && !request.HasApplicationData)
        {
            throw new WhatsAppValidationException("application_data", $"application_data is required to {request.Action}.");
        }

        var body = new OfficialBusinessAccountRequestWire
        {
            Action = request.Action,
            ApplicationData = request.HasApplicationData
                ? new OfficialBusinessAccountRequestWire.ApplicationDataWire
                {
                    BusinessName = request.BusinessName,
                    BusinessDescription = request.BusinessDescription,
                    WebsiteUrl = request.WebsiteUrl?.AbsoluteUri,
                    ContactEmail = request.ContactEmail,
                }
                : null,
        };
        var message = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(PhoneNumberId(options?.PhoneNumberId) + "/official_business_account"))
        {
            Content = PooledJsonContent.Create(body, static (writer, state) => JsonSerializer.Serialize(writer, state, WhatsAppJsonContext.Default.OfficialBusinessAccountRequestWire)),
        };
        return _graph.SendAsync(message,
            GraphConnection.Mapper(WhatsAppJsonContext.Default.OfficialBusinessAccountWire, static (wire, source) => new OfficialBusinessAccountStatus(wire, source)), cancellationToken);
    }

    public Task<CreatedPhoneNumber> CreateAsync(CreatePhoneNumberRequest request, PhoneNumberCreateOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        var waba = GraphIds.Resolve(options?.BusinessAccountId, _graph.Options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));
        var body = new CreatePhoneNumberWire
        {
            Cc = request.CountryCode,
            PhoneNumber = request.PhoneNumber,
            VerifiedName = request.VerifiedName,
            MigratePhoneNumber = request.MigratePhoneNumber,
            PreverifiedId = request.PreverifiedId,
        };
        return PostForIdAsync(waba + "/phone_numbers", body, cancellationToken);
    }

    public Task<CreatedPhoneNumber> AddToBusinessAsync(string businessId, string phoneNumber, CancellationToken cancellationToken = default)
    {
        var business = Id(businessId, "businessId");
        Messages.RecipientPhoneNumber.Parse(phoneNumber, "phone_number");
        return PostForIdAsync(business + "/add_phone_numbers", new CreatePhoneNumberWire { PhoneNumber = phoneNumber }, cancellationToken);
    }

    public Task<BusinessProfile> GetBusinessProfileByIdAsync(string profileId, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(Id(profileId, "profileId")).Add("fields", "id," + ProfileFields).ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.BusinessProfileWire, static (wire, source) => new BusinessProfile(wire, source), cancellationToken);
    }

    public Task UpdateBusinessProfileByIdAsync(string profileId, BusinessProfileUpdate update, CancellationToken cancellationToken = default)
    {
        var id = Id(profileId, "profileId");
        Validate.NotNull(update, "update").ValidateNotEmpty();
        return _graph.PostForSuccessAsync(id, ProfileBody(update), WhatsAppJsonContext.Default.BusinessProfileUpdateWire, cancellationToken);
    }

    private Task<CreatedPhoneNumber> PostForIdAsync(string path, CreatePhoneNumberWire body, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(path))
        {
            Content = PooledJsonContent.Create(body, static (writer, state) => JsonSerializer.Serialize(writer, state, WhatsAppJsonContext.Default.CreatePhoneNumberWire)),
        };
        return _graph.SendAsync(message, ParseCreated, cancellationToken);
    }

    /// <summary>GETs an edge that answers <c>{"data":[{...}]}</c> with one object, read as the result with that object's JSON.</summary>
    private Task<T> GetFirstAsync<TWire, T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TWire> wireType, Func<TWire, GraphSource, T> map, CancellationToken cancellationToken)
        where TWire : new() =>
        _graph.SendAsync(new HttpRequestMessage(HttpMethod.Get, _graph.CreateUri(path)), (body, response) =>
        {
            var page = JsonSerializer.Deserialize(body, WhatsAppJsonContext.Default.GraphPageWireJsonElement);
            if (page is not { Data: [var element, ..] } || element.ValueKind != JsonValueKind.Object)
            {
                return map(new TWire(), GraphSource.FromElement(default, response));
            }

            return map(element.Deserialize(wireType)!, GraphSource.FromElement(element, response));
        }, cancellationToken);

    private static string? Flag(bool? value) => value is { } flag ? (flag ? "true" : "false") : null;

    private static string Id(string? id, string field) =>
        GraphIds.IsValid(id) ? id! : throw new WhatsAppValidationException(field, $"{field} '{id}' is malformed: Graph ids are digits only.");

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
