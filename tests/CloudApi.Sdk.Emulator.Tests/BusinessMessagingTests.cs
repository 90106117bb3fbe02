using System.Net;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class BusinessMessagingTests
{
    private const string Number = $"v26.0/{EmulatorHarness.NumberId}";
    private const string BlockBody = """{"messaging_product":"whatsapp","block_users":[{"user":"+16505551234"}]}""";

    [Fact]
    public async Task BlockUsers_BlockedUser_SendRefusedUntilUnblocked()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using (var blocked = await harness.PostJsonAsync($"{Number}/block_users", BlockBody))
        {
            JsonAssert.Equal("""{"messaging_product":"whatsapp","block_users":{"added_users":[{"input":"+16505551234","wa_id":"16505551234"}]}}""", await EmulatorHarness.JsonAsync(blocked));
        }

        Assert.Equal(131026, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505550000")));
        var list = await harness.GetJsonAsync($"{Number}/block_users");
        Assert.Equal("16505551234", list["data"]![0]!["wa_id"]!.GetValue<string>());

        using var unblock = new HttpRequestMessage(HttpMethod.Delete, $"{Number}/block_users") { Content = new StringContent(BlockBody, System.Text.Encoding.UTF8, "application/json") };
        using (var unblocked = await harness.Http.SendAsync(unblock, TestContext.Current.CancellationToken))
        {
            Assert.Equal("16505551234", (await EmulatorHarness.JsonAsync(unblocked))["block_users"]!["removed_users"]![0]!["wa_id"]!.GetValue<string>());
        }

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
    }

    [Fact]
    public async Task BlockUsers_WindowEnforcedAndUserSilent_PartialFailure139100()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.EnforceCustomerServiceWindow = true);
        await harness.Emulator.SimulateInboundMessageAsync("+16505551234", "hi", cancellationToken: TestContext.Current.CancellationToken);

        using var response = await harness.PostJsonAsync($"{Number}/block_users",
            """{"messaging_product":"whatsapp","block_users":[{"user":"+16505551234"},{"user":"+16505550000"}]}""");

        var error = (await EmulatorHarness.JsonAsync(response))["error"]!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(139100, error["code"]!.GetValue<int>());
        Assert.Equal("16505551234", error["block_users"]!["added_users"]![0]!["wa_id"]!.GetValue<string>());
        Assert.Equal("+16505550000", error["block_users"]!["failed_users"]![0]!["input"]!.GetValue<string>());
    }

    [Fact]
    public async Task QrCodes_CreateUpdateGetListDelete()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        string code;
        using (var created = await harness.PostJsonAsync($"{Number}/message_qrdls", """{"prefilled_message":"Show me deals","generate_qr_image":"SVG"}"""))
        {
            var json = await EmulatorHarness.JsonAsync(created);
            code = json["code"]!.GetValue<string>();
            Assert.Matches("^[A-Z2-7]{14}$", code);
            Assert.Equal("https://wa.me/message/" + code, json["deep_link_url"]!.GetValue<string>());
            Assert.EndsWith(".svg", json["qr_image_url"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        using (var updated = await harness.PostJsonAsync($"{Number}/message_qrdls", $$"""{"code":"{{code}}","prefilled_message":"New deals"}"""))
        {
            Assert.Equal("New deals", (await EmulatorHarness.JsonAsync(updated))["prefilled_message"]!.GetValue<string>());
        }

        Assert.Equal("New deals", (await harness.GetJsonAsync($"{Number}/message_qrdls/{code}"))["data"]![0]!["prefilled_message"]!.GetValue<string>());
        Assert.Single((await harness.GetJsonAsync($"{Number}/message_qrdls"))["data"]!.AsArray());
        using (var deleted = await harness.Http.DeleteAsync($"{Number}/message_qrdls/{code}", TestContext.Current.CancellationToken))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(deleted));
        }

        Assert.Empty((await harness.GetJsonAsync($"{Number}/message_qrdls"))["data"]!.AsArray());
    }

    [Fact]
    public async Task QrCodes_MessageOver140_Refused()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.PostJsonAsync($"{Number}/message_qrdls", $$"""{"prefilled_message":"{{new string('a', 141)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ConversationalAutomation_SetThenReadThroughNumberAndBot()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using (var set = await harness.PostJsonAsync($"{Number}/conversational_automation",
            """{"enable_welcome_message":true,"prompts":["Book a table"],"commands":[{"command_name":"menu","command_description":"See the menu"}]}"""))
        {
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(set));
        }

        var number = await harness.GetJsonAsync($"{Number}?fields=conversational_automation");
        var automation = number["conversational_automation"]!;
        Assert.True(automation["enable_welcome_message"]!.GetValue<bool>());
        var bot = await harness.GetJsonAsync($"v26.0/{automation["id"]!.GetValue<string>()}");
        Assert.Equal("menu", bot["commands"]![0]!["command_name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"prompts":["a","b","c","d","e"]}""")]
    [InlineData("""{"commands":[{"command_name":"/menu","command_description":"x"}]}""")]
    public async Task ConversationalAutomation_OverMetaLimits_Refused(string body)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.PostJsonAsync($"{Number}/conversational_automation", body);

        Assert.Equal(100, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
    }
}
