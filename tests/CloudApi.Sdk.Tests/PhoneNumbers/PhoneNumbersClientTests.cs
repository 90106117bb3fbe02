using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.PhoneNumbers;

public sealed class PhoneNumbersClientTests
{
    private const string Phone = GraphServer.PhoneNumberId;
    private const string Waba = GraphServer.BusinessAccountId;
    private const string DefaultFields =
        "id,display_phone_number,verified_name,quality_rating,throughput,whatsapp_business_manager_messaging_limit,name_status," +
        "code_verification_status,status,platform_type,account_mode,is_official_business_account,is_pin_enabled";

    private const string NumberJson =
        """
        {"id":"106540352242922","display_phone_number":"+1 555-005-1310","verified_name":"Lucky Shrub","quality_rating":"GREEN",
         "throughput":{"level":"STANDARD"},"whatsapp_business_manager_messaging_limit":"TIER_2K","name_status":"APPROVED",
         "code_verification_status":"VERIFIED","status":"CONNECTED","platform_type":"CLOUD_API","account_mode":"LIVE",
         "is_official_business_account":false,"is_pin_enabled":true,"new_field_from_meta":{"x":1}}
        """;

    [Fact]
    public async Task GetAsync_DefaultFields_ReadsEverything()
    {
        using var graph = new GraphServer().On("GET", Phone, NumberJson);

        var number = await graph.Client.PhoneNumbers.GetAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((Phone, "+1 555-005-1310", "Lucky Shrub", (QualityRating?)QualityRating.Green, (ThroughputLevel?)ThroughputLevel.Standard),
            (number.Id, number.DisplayPhoneNumber, number.VerifiedName, number.QualityRating, number.Throughput?.Level));
        Assert.Equal(((MessagingLimitTier?)MessagingLimitTier.Tier2K, (MessagingLimitTier?)null, (NameStatus?)NameStatus.Approved, (CodeVerificationStatus?)CodeVerificationStatus.Verified),
            (number.BusinessMessagingLimit, number.MessagingLimitTier, number.NameStatus, number.CodeVerificationStatus));
        Assert.Equal(((PhoneNumberStatus?)PhoneNumberStatus.Connected, (PlatformType?)PlatformType.CloudApi, (AccountMode?)AccountMode.Live, (bool?)false, (bool?)true),
            (number.Status, number.PlatformType, number.AccountMode, number.IsOfficialBusinessAccount, number.IsPinEnabled));
        Assert.Equal(1, number.RawJson.GetProperty("new_field_from_meta").GetProperty("x").GetInt32());
        AssertQuery(graph.SingleRequest(), ("fields", DefaultFields));
    }

    [Fact]
    public async Task GetAsync_IdAsNumber_ReadLenientlyWithTheResponse()
    {
        using var graph = new GraphServer().OnTraced("GET", "777", """{"id":777,"display_phone_number":15550051310}""", "trace-number");

        var number = await graph.Client.PhoneNumbers.GetAsync(new PhoneNumberRequestOptions { PhoneNumberId = "777" }, TestContext.Current.CancellationToken);

        Assert.Equal(("777", "15550051310"), (number.Id, number.DisplayPhoneNumber));
        Assert.Equal((200, "trace-number"), (number.Response!.StatusCode, number.Response.TraceId));
    }

    [Fact]
    public async Task GetAsync_ChosenFieldsAndObjectShapedLimit_AreRead()
    {
        using var graph = new GraphServer().On("GET", "777",
            """{"id":"777","quality_rating":"UNKNOWN_NEW","messaging_limit_tier":"TIER_250","whatsapp_business_manager_messaging_limit":{"current_limit":"TIER_10K"}}""");

        var number = await graph.Client.PhoneNumbers.GetAsync(new PhoneNumberRequestOptions { PhoneNumberId = "777", Fields = ["quality_rating", "messaging_limit_tier"] }, TestContext.Current.CancellationToken);

        Assert.Equal("UNKNOWN_NEW", number.QualityRating!.Value.Value);
        Assert.Equal(MessagingLimitTier.Tier250, number.MessagingLimitTier);
        Assert.Equal(MessagingLimitTier.Tier10K, number.BusinessMessagingLimit);
        AssertQuery(graph.SingleRequest(), ("fields", "quality_rating,messaging_limit_tier"));
    }

    [Fact]
    public async Task ListAsync_ThreePages_FollowsCursors()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/phone_numbers", """{"data":[{"id":"1","display_phone_number":"+1 555-000-0001"}],"paging":{"cursors":{"before":"b1","after":"a1"},"next":"https://graph.facebook.com/v26.0/x?after=a1"}}""", after: "")
            .On("GET", $"{Waba}/phone_numbers", """{"data":[{"id":"2"},{"id":"3"}],"paging":{"cursors":{"before":"b2","after":"a2"},"next":"https://graph.facebook.com/v26.0/x?after=a2"}}""", after: "a1")
            .On("GET", $"{Waba}/phone_numbers", """{"data":[{"id":"4"}],"paging":{"cursors":{"before":"b3","after":"a3"}}}""", after: "a2");

        var numbers = await graph.Client.PhoneNumbers.ListAsync(new PhoneNumberListOptions { PageSize = 2, Fields = ["id", "display_phone_number"] }, TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["1", "2", "3", "4"], numbers.Select(n => n.Id));
        Assert.Equal("+1 555-000-0001", numbers[0].RawJson.GetProperty("display_phone_number").GetString());
        Assert.False(numbers[1].RawJson.TryGetProperty("display_phone_number", out _));
        var last = graph.Requests.Select(r => r.RequestMessage!).Last();
        AssertQuery(last, ("fields", "id,display_phone_number"), ("limit", "2"), ("after", "a2"));
    }

    [Fact]
    public async Task ListAsync_AsPagesFromContinuationToken_ResumesAtThatPage()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Waba}/phone_numbers", """{"data":[{"id":"1"}],"paging":{"cursors":{"before":"b1","after":"a1"},"next":"https://graph.facebook.com/v26.0/x?after=a1"}}""", after: "")
            .On("GET", $"{Waba}/phone_numbers", """{"data":[{"id":"2"}],"paging":{"cursors":{"before":"b2","after":"a2"}}}""", after: "a1");
        var ct = TestContext.Current.CancellationToken;
        var list = graph.Client.PhoneNumbers.ListAsync(cancellationToken: ct);

        string? token = null;
        await foreach (var page in list.AsPages(cancellationToken: ct))
        {
            Assert.Equal("1", Assert.Single(page.Values).Id);
            token = page.ContinuationToken;
            break;
        }

        var resumed = await list.AsPages(token, ct).ToListAsync(ct);

        Assert.Equal("a1", token);
        Assert.Equal("2", Assert.Single(Assert.Single(resumed).Values).Id);
        Assert.Null(resumed[0].ContinuationToken);
    }

    [Fact]
    public void ListAsync_PageSizeOutOfRange_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = Assert.Throws<WhatsAppValidationException>(() => graph.Client.PhoneNumbers.ListAsync(new PhoneNumberListOptions { PageSize = 1001 }, TestContext.Current.CancellationToken));

        Assert.Equal(("limit", 1000), (error.Field, error.Limit));
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task RegisterAsync_PostsPinAndRegion()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/register", """{"success":true}""");

        await graph.Client.PhoneNumbers.RegisterAsync(new RegisterPhoneNumberRequest("123456") { DataLocalizationRegion = "DE" }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"messaging_product":"whatsapp","pin":"123456","data_localization_region":"DE"}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task RegisterAsync_WithoutRegion_OmitsIt()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/register", """{"success":true}""");

        await graph.Client.PhoneNumbers.RegisterAsync(new RegisterPhoneNumberRequest("000000"), cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"messaging_product":"whatsapp","pin":"000000"}""", graph.SingleRequestJson());
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("")]
    public void RegisterPhoneNumberRequest_PinNotSixDigits_RefusedWithoutEchoingIt(string pin)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new RegisterPhoneNumberRequest(pin));

        Assert.Equal(("pin", 6), (error.Field, error.Limit));
        if (pin.Length > 0)
        {
            Assert.DoesNotContain(pin, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RegisterPhoneNumberRequest_BadRegion_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new RegisterPhoneNumberRequest("123456") { DataLocalizationRegion = "de" });

        Assert.Equal("data_localization_region", error.Field);
    }

    [Fact]
    public void RegisterPhoneNumberRequest_ToString_HidesPin()
    {
        Assert.DoesNotContain("246810", new RegisterPhoneNumberRequest("246810").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("12345a")]
    public async Task SetTwoStepPinAsync_PinNotSixDigits_RefusedBeforeSending(string pin)
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.PhoneNumbers.SetTwoStepPinAsync(pin, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(("pin", 6), (error.Field, error.Limit));
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task RegisterAsync_AttemptLimit_MapsGraphError()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/register",
            """{"error":{"message":"(#133016) Account register deregister rate limit exceeded","type":"OAuthException","code":133016,"error_data":{"messaging_product":"whatsapp","details":"Blocked for 72 hours"},"fbtrace_id":"R"}}""", 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.PhoneNumbers.RegisterAsync(new RegisterPhoneNumberRequest("123456"), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(WhatsAppErrorCodes.RegistrationAttemptLimit, error.ErrorCode);
        Assert.Equal(("Blocked for 72 hours", "whatsapp"), (error.Error!.Details, error.Error.MessagingProduct));
    }

    [Fact]
    public async Task DeregisterAsync_PostsWithoutBody()
    {
        using var graph = new GraphServer().On("POST", "888/deregister", """{"success":true}""");

        await graph.Client.PhoneNumbers.DeregisterAsync(new PhoneNumberRequestOptions { PhoneNumberId = "888" }, TestContext.Current.CancellationToken);

        Assert.True(string.IsNullOrEmpty(graph.SingleRequest().Body));
    }

    [Fact]
    public async Task RequestCodeAsync_SendsMethodAndLanguageInQuery()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/request_code", """{"success":true}""");

        await graph.Client.PhoneNumbers.RequestCodeAsync(VerificationCodeMethod.Voice, "en_US", cancellationToken: TestContext.Current.CancellationToken);

        AssertQuery(graph.SingleRequest(), ("code_method", "VOICE"), ("language", "en_US"));
    }

    [Fact]
    public async Task RequestCodeAsync_UnknownMethod_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.PhoneNumbers.RequestCodeAsync(new VerificationCodeMethod("EMAIL"), "en", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("code_method", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task VerifyCodeAsync_SendsCodeInQuery()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/verify_code", """{"success":true}""");

        await graph.Client.PhoneNumbers.VerifyCodeAsync("123456", cancellationToken: TestContext.Current.CancellationToken);

        AssertQuery(graph.SingleRequest(), ("code", "123456"));
    }

    [Fact]
    public async Task VerifyCodeAsync_WrongCode_MapsGraphError()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/verify_code",
            """{"error":{"message":"(#136025) Verify code error","type":"OAuthException","code":136025,"fbtrace_id":"V"}}""", 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.PhoneNumbers.VerifyCodeAsync("000000", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(136025, error.ErrorCode);
    }

    [Fact]
    public async Task SetTwoStepPinAsync_PostsPinToNumberNode()
    {
        using var graph = new GraphServer().On("POST", Phone, """{"success":true}""");

        await graph.Client.PhoneNumbers.SetTwoStepPinAsync("150954", cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"pin":"150954"}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task GetBusinessProfileAsync_ReadsFirstDataElement()
    {
        using var graph = new GraphServer().On("GET", $"{Phone}/whatsapp_business_profile",
            """{"data":[{"about":"Succulents","address":"1 Hacker Way","description":"Plants","email":"hi@luckyshrub.com","profile_picture_url":"https://pps.whatsapp.net/p.jpg","websites":["https://luckyshrub.com"],"vertical":"RETAIL","messaging_product":"whatsapp"}]}""");

        var profile = await graph.Client.PhoneNumbers.GetBusinessProfileAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("Succulents", "hi@luckyshrub.com", BusinessVertical.Retail), (profile.About, profile.Email, profile.Vertical));
        Assert.Equal(["https://luckyshrub.com"], profile.Websites);
        Assert.Equal("whatsapp", profile.RawJson.GetProperty("messaging_product").GetString());
        Assert.False(profile.RawJson.TryGetProperty("data", out _));
        AssertQuery(graph.SingleRequest(), ("fields", "about,address,description,email,profile_picture_url,websites,vertical"));
    }

    [Fact]
    public async Task GetBusinessProfileAsync_EmptyData_TypedException()
    {
        using var graph = new GraphServer().On("GET", $"{Phone}/whatsapp_business_profile", """{"data":[]}""");

        var error = await Assert.ThrowsAsync<WhatsAppException>(() => graph.Client.PhoneNumbers.GetBusinessProfileAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("without a profile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBusinessProfileAsync_NoWebsites_EmptyList()
    {
        using var graph = new GraphServer().OnTraced("GET", $"{Phone}/whatsapp_business_profile", """{"data":[{"about":"a"}]}""", "trace-profile");

        var profile = await graph.Client.PhoneNumbers.GetBusinessProfileAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(profile.Websites);
        Assert.Equal("trace-profile", profile.Response!.TraceId);
    }

    [Fact]
    public async Task UpdateBusinessProfileAsync_PostsSetFieldsOnly()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/whatsapp_business_profile", """{"success":true}""");

        await graph.Client.PhoneNumbers.UpdateBusinessProfileAsync(new BusinessProfileUpdate
        {
            About = new string('a', 139),
            Websites = ["https://luckyshrub.com", "http://shop.luckyshrub.com"],
            Vertical = BusinessVertical.Retail,
            ProfilePictureHandle = "4::aW1hZ2U=",
        }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal(
            $$"""{"messaging_product":"whatsapp","about":"{{new string('a', 139)}}","websites":["https://luckyshrub.com","http://shop.luckyshrub.com"],"vertical":"RETAIL","profile_picture_handle":"4::aW1hZ2U="}""",
            graph.SingleRequestJson());
    }

    public static TheoryData<string, string> InvalidProfiles => new()
    {
        { "about too long", "about" },
        { "about empty", "about" },
        { "address too long", "address" },
        { "description too long", "description" },
        { "email too long", "email" },
        { "email without @", "email" },
        { "three websites", "websites" },
        { "website without scheme", "websites[0]" },
        { "website too long", "websites[0]" },
    };

    [Theory]
    [MemberData(nameof(InvalidProfiles))]
    public void BusinessProfileUpdate_InvalidValue_RefusedWhenSet(string change, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => change switch
        {
            "about too long" => new BusinessProfileUpdate { About = new string('a', 140) },
            "about empty" => new BusinessProfileUpdate { About = "" },
            "address too long" => new BusinessProfileUpdate { Address = new string('a', 257) },
            "description too long" => new BusinessProfileUpdate { Description = new string('a', 513) },
            "email too long" => new BusinessProfileUpdate { Email = new string('a', 120) + "@example.com" },
            "email without @" => new BusinessProfileUpdate { Email = "not-an-email" },
            "three websites" => new BusinessProfileUpdate { Websites = ["https://a.com", "https://b.com", "https://c.com"] },
            "website without scheme" => new BusinessProfileUpdate { Websites = ["luckyshrub.com"] },
            "website too long" => new BusinessProfileUpdate { Websites = ["https://x.com/" + new string('a', 243)] },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        });

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task UpdateBusinessProfileAsync_NothingChanged_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.PhoneNumbers.UpdateBusinessProfileAsync(new BusinessProfileUpdate(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("about", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void BusinessProfileUpdate_Websites_CopiedSoLaterChangesDoNotReachIt()
    {
        var websites = new List<string> { "https://luckyshrub.com" };
        var update = new BusinessProfileUpdate { Websites = websites };

        websites[0] = "not a url";

        Assert.Equal(["https://luckyshrub.com"], update.Websites!);
    }

    [Fact]
    public void ModelFactory_PhoneNumberResults_CarryEveryValue()
    {
        var number = WhatsAppModelFactory.PhoneNumber("1", displayPhoneNumber: "+1 555", qualityRating: QualityRating.Yellow,
            throughput: WhatsAppModelFactory.PhoneNumberThroughput(ThroughputLevel.High), status: PhoneNumberStatus.Connected, isPinEnabled: true,
            response: WhatsAppModelFactory.GraphResponse(200, [new("x-fb-trace-id", "T")]));
        var profile = WhatsAppModelFactory.BusinessProfile(about: "a", websites: ["https://a.com"], vertical: BusinessVertical.Retail);

        Assert.Equal(("1", "+1 555", (QualityRating?)QualityRating.Yellow, (ThroughputLevel?)ThroughputLevel.High, (bool?)true, "T"),
            (number.Id, number.DisplayPhoneNumber, number.QualityRating, number.Throughput?.Level, number.IsPinEnabled, number.Response!.TraceId));
        Assert.Null(number.VerifiedName);
        Assert.Equal(("a", "https://a.com", (BusinessVertical?)BusinessVertical.Retail), (profile.About, Assert.Single(profile.Websites), profile.Vertical));
        Assert.Empty(WhatsAppModelFactory.BusinessProfile().Websites);
    }

    [Fact]
    public async Task GetAsync_NoPhoneNumberAnywhere_RefusedBeforeSending()
    {
        using var graph = new GraphServer(o => o.PhoneNumberId = null);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.PhoneNumbers.GetAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("phoneNumberId", error.Field);
        Assert.Empty(graph.Requests);
    }
}
