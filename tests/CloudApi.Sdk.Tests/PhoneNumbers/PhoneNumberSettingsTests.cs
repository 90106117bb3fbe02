using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.PhoneNumbers;

public sealed class PhoneNumberSettingsTests
{
    private const string Phone = GraphServer.PhoneNumberId;

    [Fact]
    public async Task GetSettingsAsync_SipAndEncryption_ReadsEveryPart()
    {
        using var graph = new GraphServer().On("GET", $"{Phone}/settings",
            """
            {"calling":{"status":"enabled","call_icon_visibility":"visible","ip_addresses":{"default":["157.240.0.1","157.240.0.2"]},
              "callback_permission_status":"enabled","srtp_key_exchange_protocol":"DTLS-SRTP",
              "call_hours":{"status":"enabled","timezone":"Europe/Berlin","day_of_week_start":"MONDAY"},
              "call_icons":{"restrict_to_user_countries":["DE"]},
              "sip":{"status":"enabled","servers":[{"app_id":12345,"hostname":"sip.example.com","port":5060,"password":"s3cret"}]},
              "video":{"status":"enabled"},"audio":{"status":"disabled"},"restrictions":{"restrictions":[{"type":"LOW_QUALITY","expiration":1735689600}]}},
             "payload_encryption":{"status":"enabled","client_encryption_key_fingerprint":"SHA256:abcd","cloud_encryption_key":"eyJhbGc"},
             "storage_configuration":{"status":"in_country_storage_enabled","data_localization_region":"us"}}
            """);

        var settings = await graph.Client.PhoneNumbers.GetSettingsAsync(new PhoneNumberRequestOptions { IncludeSipCredentials = true }, TestContext.Current.CancellationToken);

        var calling = settings.Calling!;
        Assert.Equal(((FeatureStatus?)FeatureStatus.Enabled, "visible", 2, "DTLS-SRTP"), (calling.Status, calling.CallIconVisibility, calling.IpAddresses.Count, calling.SrtpKeyExchangeProtocol));
        Assert.Equal(("Europe/Berlin", "DE"), (calling.CallHours!.Timezone, Assert.Single(calling.CallIconRestrictedCountries)));
        var server = Assert.Single(calling.Sip!.Servers);
        Assert.Equal(("12345", "sip.example.com", (int?)5060, "s3cret"), (server.AppId, server.Hostname, server.Port, server.Password));
        Assert.DoesNotContain("s3cret", server.ToString(), StringComparison.Ordinal);
        Assert.Equal(((FeatureStatus?)FeatureStatus.Enabled, (FeatureStatus?)FeatureStatus.Disabled), (calling.VideoStatus, calling.AudioStatus));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1735689600), Assert.Single(calling.Restrictions).Expiration);
        Assert.Equal(("SHA256:abcd", "us"), (settings.PayloadEncryption!.ClientEncryptionKeyFingerprint, settings.Storage!.DataLocalizationRegion));
        AssertQuery(graph.SingleRequest(), ("include_sip_credentials", "true"));
    }

    [Fact]
    public async Task UpdateSettingsAsync_Calling_PostsCallingPart()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/settings", """{"success":true}""");

        await graph.Client.PhoneNumbers.UpdateSettingsAsync(new PhoneNumberSettingsUpdate
        {
            Calling = new CallingSettingsUpdate(FeatureStatus.Enabled) { CallIconVisibility = "visible", VideoStatus = FeatureStatus.Enabled },
        }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"calling":{"status":"enabled","call_icon_visibility":"visible","video":{"status":"enabled"}}}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task UpdateSettingsAsync_TwoParts_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.PhoneNumbers.UpdateSettingsAsync(
            new PhoneNumberSettingsUpdate { UserIdentityChangeEnabled = true, Storage = new StorageUpdate(true) { Region = "DE" } }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("settings", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task UpdateAsync_WebhookAndDisplayName_PostsConfiguration()
    {
        using var graph = new GraphServer().On("POST", Phone, """{"success":true}""");

        await graph.Client.PhoneNumbers.UpdateAsync(new PhoneNumberUpdate
        {
            WebhookCallbackUri = new Uri("https://example.com/webhook/override"),
            WebhookVerifyToken = "verify-me",
            NewDisplayName = "Lucky Shrub",
            ShowSecurityNotifications = true,
        }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal(
            """{"webhook_configuration":{"override_callback_uri":"https://example.com/webhook/override","verify_token":"verify-me"},"new_display_name":"Lucky Shrub","whatsapp_business_api_data":{"show_security_notifications":true}}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public void PhoneNumberUpdate_DisplayNameOneCharacter_Refused()
    {
        Assert.Equal("new_display_name", Assert.Throws<WhatsAppValidationException>(() => new PhoneNumberUpdate { NewDisplayName = "A" }).Field);
    }

    [Fact]
    public async Task CommerceSettings_GetAndUpdate_UseTheEdgeAndQuery()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Phone}/whatsapp_commerce_settings", """{"data":[{"id":"527759822865714","is_cart_enabled":true,"is_catalog_visible":false}]}""")
            .On("POST", $"{Phone}/whatsapp_commerce_settings", """{"success":true}""");
        var ct = TestContext.Current.CancellationToken;

        var settings = await graph.Client.PhoneNumbers.GetCommerceSettingsAsync(cancellationToken: ct);
        await graph.Client.PhoneNumbers.UpdateCommerceSettingsAsync(new CommerceSettingsUpdate { IsCatalogVisible = true }, cancellationToken: ct);

        Assert.Equal(("527759822865714", (bool?)true, (bool?)false), (settings.Id, settings.IsCartEnabled, settings.IsCatalogVisible));
        AssertQuery(graph.Requests[1].RequestMessage!, ("is_catalog_visible", "true"));
    }

    [Fact]
    public async Task ComplianceInfo_UpdateAndGet_MetaShape()
    {
        using var graph = new GraphServer()
            .On("POST", $"{Phone}/business_compliance_info", """{"success":true}""")
            .On("GET", $"{Phone}/business_compliance_info",
                """{"data":[{"whatsapp_business_account_id":"1234567890123456","messaging_product":"whatsapp","entity_name":"Lucky Shrub Private Limited","entity_type":"Partnership","is_registered":true,"grievance_officer_details":{"name":"Chandravati P.","email":"chandravati@luckyshrub.com"},"customer_care_details":null}]}""");
        var ct = TestContext.Current.CancellationToken;

        await graph.Client.PhoneNumbers.UpdateComplianceInfoAsync(new BusinessComplianceInfoUpdate("Lucky Shrub Private Limited", BusinessEntityType.Partnership,
            new GrievanceOfficerContact("Chandravati P.", "chandravati@luckyshrub.com") { MobileNumber = "+913854559033" },
            new CustomerCareContact("support@luckyshrub.com")) { IsRegistered = true }, cancellationToken: ct);
        var info = await graph.Client.PhoneNumbers.GetComplianceInfoAsync(cancellationToken: ct);

        JsonAssert.Equal(
            """{"messaging_product":"whatsapp","entity_name":"Lucky Shrub Private Limited","entity_type":"PARTNERSHIP","is_registered":true,"grievance_officer_details":{"name":"Chandravati P.","email":"chandravati@luckyshrub.com","mobile_number":"+913854559033"},"customer_care_details":{"email":"support@luckyshrub.com"}}""",
            System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[0].RequestMessage!.Body!));
        Assert.Equal(("1234567890123456", "Chandravati P.", (ComplianceContact?)null), (info.BusinessAccountId, info.GrievanceOfficer!.Name, info.CustomerCare));
    }

    [Theory]
    [InlineData("913854559033")]
    [InlineData("+0123")]
    [InlineData("+91 385")]
    public void ComplianceContact_BadNumber_Refused(string number)
    {
        Assert.Equal("customer_care_details.mobile_number",
            Assert.Throws<WhatsAppValidationException>(() => new CustomerCareContact("a@b.c") { MobileNumber = number }).Field);
    }

    [Fact]
    public async Task OfficialBusinessAccount_SubmitAndGet_ReadStatus()
    {
        using var graph = new GraphServer()
            .On("POST", $"{Phone}/official_business_account",
                """{"success":true,"message":"Official Business Account application submitted successfully","updated_status":{"id":"1234567890123456","oba_status":"PENDING","status_message":"Under review"},"tracking_id":"oba_req_1234567890abcdef"}""")
            .On("GET", $"{Phone}/official_business_account", """{"id":"1234567890123456","oba_status":"APPROVED","status_message":"Approved"}""");
        var ct = TestContext.Current.CancellationToken;

        var submitted = await graph.Client.PhoneNumbers.RequestOfficialBusinessAccountAsync(new OfficialBusinessAccountRequest(OfficialBusinessAccountAction.SubmitApplication)
        {
            BusinessName = "Acme Corporation Ltd",
            WebsiteUrl = new Uri("https://www.acmecorp.com"),
            ContactEmail = "business@acmecorp.com",
        }, cancellationToken: ct);
        var status = await graph.Client.PhoneNumbers.GetOfficialBusinessAccountStatusAsync(cancellationToken: ct);

        Assert.Equal(((OfficialBusinessAccountState?)OfficialBusinessAccountState.Pending, "oba_req_1234567890abcdef"), (submitted.State, submitted.TrackingId));
        Assert.Equal(OfficialBusinessAccountState.Approved, status.State);
        JsonAssert.Equal(
            """{"action":"SUBMIT_APPLICATION","application_data":{"business_name":"Acme Corporation Ltd","website_url":"https://www.acmecorp.com/","contact_email":"business@acmecorp.com"}}""",
            System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[0].RequestMessage!.Body!));
    }

    [Fact]
    public async Task RequestOfficialBusinessAccountAsync_SubmitWithoutData_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.PhoneNumbers.RequestOfficialBusinessAccountAsync(
            new OfficialBusinessAccountRequest(OfficialBusinessAccountAction.SubmitApplication), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task CreateAsync_Number_PostsToTheAccountAndReadsId()
    {
        using var graph = new GraphServer().On("POST", $"{GraphServer.BusinessAccountId}/phone_numbers", """{"id":"1906385232743451"}""");

        var created = await graph.Client.PhoneNumbers.CreateAsync(new CreatePhoneNumberRequest("1", "6315551000", "My Business Name") { MigratePhoneNumber = true },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("1906385232743451", created.Id);
        JsonAssert.Equal("""{"cc":"1","phone_number":"6315551000","verified_name":"My Business Name","migrate_phone_number":true}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task AddToBusinessAsync_Number_PostsPhoneNumber()
    {
        using var graph = new GraphServer().On("POST", "506914307656634/add_phone_numbers", """{"id":"1234567890123456"}""");

        var added = await graph.Client.PhoneNumbers.AddToBusinessAsync("506914307656634", "+1234567890", TestContext.Current.CancellationToken);

        Assert.Equal("1234567890123456", added.Id);
        JsonAssert.Equal("""{"phone_number":"+1234567890"}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task BusinessProfileById_GetAndUpdate_UseTheProfileNode()
    {
        using var graph = new GraphServer()
            .On("GET", "1234567890123456", """{"id":"1234567890123456","about":"Quality products","vertical":"RETAIL","websites":["https://www.business-example.com"]}""")
            .On("POST", "1234567890123456", """{"id":"1234567890123456","success":true}""");
        var ct = TestContext.Current.CancellationToken;

        var profile = await graph.Client.PhoneNumbers.GetBusinessProfileByIdAsync("1234567890123456", ct);
        await graph.Client.PhoneNumbers.UpdateBusinessProfileByIdAsync("1234567890123456", new BusinessProfileUpdate { Email = "updated-support@service-example.com" }, ct);

        Assert.Equal(("Quality products", (BusinessVertical?)BusinessVertical.Retail), (profile.About, profile.Vertical));
        JsonAssert.Equal("""{"messaging_product":"whatsapp","email":"updated-support@service-example.com"}""", System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[1].RequestMessage!.Body!));
    }
}
