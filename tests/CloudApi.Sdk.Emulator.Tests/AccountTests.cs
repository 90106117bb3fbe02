using System.Net;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class AccountTests
{
    private const string Number = $"v26.0/{EmulatorHarness.NumberId}";

    [Fact]
    public async Task PhoneNumbers_ListAndGet_ReportThroughputAndQuality()
    {
        await using var harness = await EmulatorHarness.StartAsync(messagesPerSecond: 1000);

        var list = await harness.GetJsonAsync($"v26.0/{EmulatorHarness.WabaId}/phone_numbers");
        JsonAssert.Equal(
            $$"""{"id":"{{EmulatorHarness.NumberId}}","display_phone_number":"+1 555-000-0111","verified_name":"Emulated Business","quality_rating":"GREEN"}""",
            list["data"]![0]);

        var number = await harness.GetJsonAsync($"{Number}?fields=throughput,quality_rating,status,code_verification_status,name_status,whatsapp_business_manager_messaging_limit");
        JsonAssert.Equal(
            $$"""{"id":"{{EmulatorHarness.NumberId}}","throughput":{"level":"HIGH"},"quality_rating":"GREEN","status":"CONNECTED","code_verification_status":"VERIFIED","name_status":"APPROVED","whatsapp_business_manager_messaging_limit":"TIER_2K"}""",
            number);
    }

    [Fact]
    public async Task DeregisterThenRegister_SendingStopsAndResumes()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using (var deregistered = await harness.PostJsonAsync($"{Number}/deregister", "{}"))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(deregistered));
        }

        Assert.Equal(133010, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        using (var badPin = await harness.PostJsonAsync($"{Number}/register", """{"messaging_product":"whatsapp","pin":"12"}"""))
        {
            Assert.Equal(100, (await EmulatorHarness.JsonAsync(badPin))["error"]!["code"]!.GetValue<int>());
        }

        using (var registered = await harness.PostJsonAsync($"{Number}/register", """{"messaging_product":"whatsapp","pin":"123456"}"""))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(registered));
        }

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        using var otherPin = await harness.PostJsonAsync($"{Number}/register", """{"messaging_product":"whatsapp","pin":"654321"}""");
        Assert.Equal(133005, (await EmulatorHarness.JsonAsync(otherPin))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task RequestAndVerifyCode_AndSetPin()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using (var wrongBeforeRequest = await harness.PostJsonAsync($"{Number}/verify_code?code=123456", "{}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongBeforeRequest.StatusCode);
        }

        using (var requested = await harness.PostJsonAsync($"{Number}/request_code?code_method=SMS&language=en_US", "{}"))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(requested));
        }

        using (var wrong = await harness.PostJsonAsync($"{Number}/verify_code?code=000000", "{}"))
        {
            Assert.Equal(136025, (await EmulatorHarness.JsonAsync(wrong))["error"]!["code"]!.GetValue<int>());
        }

        using (var verified = await harness.PostJsonAsync($"{Number}/verify_code?code=123456", "{}"))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(verified));
        }

        using (var pin = await harness.PostJsonAsync(Number, """{"pin":"150954"}"""))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(pin));
        }

        Assert.True((await harness.GetJsonAsync($"{Number}?fields=is_pin_enabled"))["is_pin_enabled"]!.GetValue<bool>());
        using var badMethod = await harness.PostJsonAsync($"{Number}/request_code?code_method=FAX&language=en_US", "{}");
        Assert.Equal(100, (await EmulatorHarness.JsonAsync(badMethod))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task BusinessProfile_UpdateThenGet()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using (var updated = await harness.PostJsonAsync(
            $"{Number}/whatsapp_business_profile",
            """{"messaging_product":"whatsapp","about":"We ship fast","email":"a@x.com","websites":["https://x.com"],"vertical":"RETAIL","profile_picture_handle":"4::abc"}"""))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(updated));
        }

        var profile = await harness.GetJsonAsync($"{Number}/whatsapp_business_profile?fields=about,email,websites,vertical");
        JsonAssert.Equal(
            """{"data":[{"about":"We ship fast","email":"a@x.com","websites":["https://x.com"],"vertical":"RETAIL","messaging_product":"whatsapp"}]}""",
            profile);
        Assert.NotEqual(string.Empty, (await harness.GetJsonAsync($"{Number}/whatsapp_business_profile"))["data"]![0]!["profile_picture_url"]!.GetValue<string>());

        using var tooLong = await harness.PostJsonAsync($"{Number}/whatsapp_business_profile", $$"""{"messaging_product":"whatsapp","about":"{{new string('a', 140)}}"}""");
        Assert.Equal(100, (await EmulatorHarness.JsonAsync(tooLong))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Waba_GetAndSubscribedApps()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var waba = $"v26.0/{EmulatorHarness.WabaId}";

        JsonAssert.Equal($$"""{"id":"{{EmulatorHarness.WabaId}}","name":"Test WABA","currency":"USD"}""", await harness.GetJsonAsync($"{waba}?fields=name,currency"));
        JsonAssert.Equal("""{"data":[]}""", await harness.GetJsonAsync($"{waba}/subscribed_apps"));

        using (var subscribed = await harness.PostJsonAsync($"{waba}/subscribed_apps", """{"override_callback_uri":"https://example.test/hook","verify_token":"v"}"""))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(subscribed));
        }

        var apps = await harness.GetJsonAsync($"{waba}/subscribed_apps");
        Assert.Equal("https://example.test/hook", apps["data"]![0]!["override_callback_uri"]!.GetValue<string>());
        Assert.NotNull(apps["data"]![0]!["whatsapp_business_api_data"]!["id"]);

        using (var unsubscribed = await harness.Http.DeleteAsync($"{waba}/subscribed_apps", TestContext.Current.CancellationToken))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(unsubscribed));
        }

        JsonAssert.Equal("""{"data":[]}""", await harness.GetJsonAsync($"{waba}/subscribed_apps"));
    }

    [Fact]
    public async Task UnknownObjectAndPath_ReturnGraphErrors()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        using var unknown = await harness.Http.GetAsync("v26.0/424242", ct);
        var error = (await EmulatorHarness.JsonAsync(unknown))["error"]!;
        Assert.Equal(100, error["code"]!.GetValue<int>());
        Assert.Equal(33, error["error_subcode"]!.GetValue<int>());

        using var badPath = await harness.Http.GetAsync("v26.0/424242/nothing_here", ct);
        Assert.Equal(2500, (await EmulatorHarness.JsonAsync(badPath))["error"]!["code"]!.GetValue<int>());
    }
}
