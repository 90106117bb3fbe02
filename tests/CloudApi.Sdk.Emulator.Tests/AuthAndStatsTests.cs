using System.Net;
using System.Net.Http.Headers;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class AuthAndStatsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task Messages_MissingOrWrongToken_Returns401WithCode190(string? token)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Http.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);

        using var response = await harness.SendAsync(EmulatorHarness.Text("+16505551234"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = (await EmulatorHarness.JsonAsync(response))["error"]!;
        Assert.Equal(190, error["code"]!.GetValue<int>());
        Assert.Equal("OAuthException", error["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["fbtrace_id"]!.GetValue<string>()));
        Assert.Equal(1, harness.Emulator.Stats.Total.ErrorCount(190));
    }

    [Fact]
    public async Task Messages_Text_ReturnsMetaAnswerShape()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.SendAsync(EmulatorHarness.Text("+1 (650) 555-1234"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await EmulatorHarness.JsonAsync(response);
        var id = body["messages"]![0]!["id"]!.GetValue<string>();
        Assert.StartsWith("wamid.", id, StringComparison.Ordinal);
        JsonAssert.Equal(
            $$"""{"messaging_product":"whatsapp","contacts":[{"input":"+1 (650) 555-1234","wa_id":"16505551234"}],"messages":[{"id":"{{id}}"}]}""",
            body);
        var message = Assert.Single(harness.Emulator.Messages);
        Assert.Equal(id, message.Id);
        Assert.Equal("16505551234", message.Recipient);
    }

    [Fact]
    public async Task Messages_AnyGraphVersion_IsAccepted()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var v19 = await harness.PostJsonAsync($"v19.0/{EmulatorHarness.NumberId}/messages", EmulatorHarness.Text("+16505551234"));
        using var bad = await harness.PostJsonAsync($"v25.1/{EmulatorHarness.NumberId}/messages", EmulatorHarness.Text("+16505551234"));

        Assert.Equal(HttpStatusCode.OK, v19.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Messages_UnknownPhoneNumberId_Returns400Code100()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Equal(100, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234"), numberId: "999"));
    }

    [Fact]
    public async Task Stats_SameBodyTwiceToSameUser_CountsOneDuplicate()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234", "same")));
        Assert.Equal(0, await harness.SendCodeAsync("""{"type":"text","text":{"body":"same"},"to":"+16505551234","messaging_product":"whatsapp"}"""));
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505559999", "same")));

        var stats = await harness.GetJsonAsync("_emulator/stats");

        Assert.Equal(3, stats["accepted"]!.GetValue<long>());
        Assert.Equal(1, stats["duplicates"]!.GetValue<long>());
        Assert.Equal(1, stats["phone_numbers"]![EmulatorHarness.NumberId]!["duplicates"]!.GetValue<long>());
        Assert.Equal(1, harness.Emulator.Stats.ForPair(EmulatorHarness.NumberId, "16505551234")!.Duplicates);
    }

    [Fact]
    public async Task InspectionEndpoints_NeedNoToken_AndListAcceptedMessages()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234", "listed")));
        harness.Http.DefaultRequestHeaders.Authorization = null;

        var messages = await harness.GetJsonAsync("_emulator/messages");

        var item = messages["data"]![0]!;
        Assert.Equal("16505551234", item["wa_id"]!.GetValue<string>());
        Assert.Equal("listed", item["body"]!["text"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReadReceipt_IsNotCountedNorLimited()
    {
        await using var harness = await EmulatorHarness.StartAsync(messagesPerSecond: 1);
        for (var i = 0; i < 5; i++)
        {
            using var response = await harness.SendAsync("""{"messaging_product":"whatsapp","status":"read","message_id":"wamid.IN"}""");
            JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(response));
        }

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        Assert.Equal(1, harness.Emulator.Stats.Total.Accepted);
    }

    [Fact]
    public async Task Reset_ClearsMessagesStatsAndLimits()
    {
        await using var harness = await EmulatorHarness.StartAsync(messagesPerSecond: 1);
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        Assert.Equal(130429, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));

        harness.Emulator.Reset();

        Assert.Empty(harness.Emulator.Messages);
        Assert.Equal(0, harness.Emulator.Stats.Total.Accepted);
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
    }
}
