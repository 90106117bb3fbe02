using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary>The template library, templates created from it, and unpausing.</summary>
public sealed class TemplateLibraryTests
{
    private const string Templates = $"v26.0/{EmulatorHarness.WabaId}/message_templates";

    [Fact]
    public async Task ListLibrary_FilteredByTopic_ReturnsMatchingTemplates()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var page = await harness.GetJsonAsync("v26.0/message_template_library?topic=PAYMENTS");

        var item = Assert.Single(page["data"]!.AsArray());
        Assert.Equal("payment_reminder_1", item!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateFromLibrary_WithButtonInput_ApprovedAtOnceWithTheAccountsUrl()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.TemplateApprovalDelay = TimeSpan.FromHours(1));

        using var response = await harness.PostJsonAsync(Templates,
            """{"name":"my_delivery","language":"en_US","category":"UTILITY","library_template_name":"delivery_update_1","library_template_button_inputs":[{"type":"URL","url":{"base_url":"https://shop.example/t/{{1}}","url_suffix_example":"A1"}}]}""");
        var created = await EmulatorHarness.JsonAsync(response);
        var template = await harness.GetJsonAsync("v26.0/" + created["id"]!.GetValue<string>());

        Assert.Equal("APPROVED", created["status"]!.GetValue<string>());
        Assert.Contains("https://shop.example/t/{{1}}", template["components"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateFromLibrary_MissingButtonInput_Refused()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.PostJsonAsync(Templates,
            """{"name":"my_delivery","language":"en_US","category":"UTILITY","library_template_name":"delivery_update_1"}""");

        Assert.Equal(100, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unpause_PausedTemplate_SendableAgain_NotPausedRefused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var created = await harness.PostJsonAsync(Templates,
            """{"name":"promo","language":"en_US","category":"MARKETING","components":[{"type":"BODY","text":"Sale today"}]}""");
        var id = (await EmulatorHarness.JsonAsync(created))["id"]!.GetValue<string>();
        const string Send = """{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"promo","language":{"code":"en_US"}}}""";

        Assert.True(harness.Emulator.PauseTemplate(id));
        var paused = await harness.SendCodeAsync(Send);
        using var unpaused = await harness.PostJsonAsync($"v26.0/{id}/unpause", "{}");
        var after = await harness.SendCodeAsync(Send);
        using var again = await harness.PostJsonAsync($"v26.0/{id}/unpause", "{}");

        Assert.Equal(132015, paused);
        Assert.True(unpaused.IsSuccessStatusCode);
        Assert.Equal(0, after);
        Assert.False(again.IsSuccessStatusCode);
    }
}
