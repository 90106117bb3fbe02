using System.Net;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary><c>POST /{phone-number-id}/marketing_messages</c>: marketing templates only, the same limits as /messages.</summary>
public sealed class MarketingMessageTests
{
    private const string Path = $"v26.0/{EmulatorHarness.NumberId}/marketing_messages";

    private static string Template(string name, string extra = "") =>
        $$$"""{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template","template":{"name":"{{{name}}}","language":{"code":"en_US"}}{{{extra}}}}""";

    [Fact]
    public async Task Send_MarketingTemplateWithSettings_AcceptedAndCounted()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.PostJsonAsync(Path, Template("welcome_offer", ""","product_policy":"STRICT","message_activity_sharing":true"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await EmulatorHarness.JsonAsync(response);
        Assert.Equal("accepted", answer["messages"]![0]!["message_status"]!.GetValue<string>());
        Assert.Single(harness.Emulator.Messages);
    }

    [Fact]
    public async Task Send_TextMessage_RefusedWith131055()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Equal(131055, await CodeAsync(harness, EmulatorHarness.Text("+16505551234")));
        Assert.Empty(harness.Emulator.Messages);
    }

    [Fact]
    public async Task Send_UtilityTemplate_RefusedWith131055()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var created = await harness.PostJsonAsync($"v26.0/{EmulatorHarness.WabaId}/message_templates",
            """{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order shipped."}]}""");

        Assert.Equal(131055, await CodeAsync(harness, Template("order_update")));
    }

    [Fact]
    public async Task Send_BadProductPolicy_Refused()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Equal(100, await CodeAsync(harness, Template("welcome_offer", ""","product_policy":"SOMETIMES" """)));
    }

    [Fact]
    public async Task Send_AccountNotOnboarded_RefusedWith134102()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.BusinessAccounts[0].MarketingMessagesOnboardingStatus = "NOT_STARTED");

        using var response = await harness.PostJsonAsync(Path, Template("welcome_offer"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(134102, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Send_PairLimit_SharedWithMessages()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.PairLimitBurst = 1);

        Assert.Equal(0, await harness.SendCodeAsync(Template("welcome_offer")));
        Assert.Equal(131056, await CodeAsync(harness, Template("welcome_offer")));
    }

    [Fact]
    public async Task GetAccount_OnboardingStatusAsked_Reported()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var account = await harness.GetJsonAsync($"v26.0/{EmulatorHarness.WabaId}?fields=marketing_messages_onboarding_status");
        var plain = await harness.GetJsonAsync($"v26.0/{EmulatorHarness.WabaId}");

        Assert.Equal("ONBOARDED", account["marketing_messages_onboarding_status"]!.GetValue<string>());
        Assert.Null(plain["marketing_messages_onboarding_status"]);
    }

    private static async Task<int> CodeAsync(EmulatorHarness harness, string json)
    {
        using var response = await harness.PostJsonAsync(Path, json);
        return response.IsSuccessStatusCode ? 0 : (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>();
    }
}
