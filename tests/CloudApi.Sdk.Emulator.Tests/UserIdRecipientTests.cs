using System.Net;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary>Users addressed by business-scoped user id: sends with <c>recipient</c>, answers and webhooks as Meta's.</summary>
public sealed class UserIdRecipientTests
{
    private const string UserId = "US.13491208655302741918";

    private static string TextTo(string userId, string body = "hello") =>
        $$$"""{"messaging_product":"whatsapp","recipient_type":"individual","recipient":"{{{userId}}}","type":"text","text":{"body":"{{{body}}}"}}""";

    [Fact]
    public async Task Send_ToABsuidOnlyUser_AnswersUserIdAndStatusesWithoutRecipientId()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        harness.Emulator.AddUser(new EmulatedUser { UserId = UserId, Username = "ana" });

        using var response = await harness.SendAsync(TextTo(UserId));
        var answer = await EmulatorHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonAssert.Equal($$"""[{"input":"{{UserId}}","user_id":"{{UserId}}"}]""", answer["contacts"]);
        var sent = (await receiver.NextAsync(3))[0].Status!;
        Assert.Null(sent["recipient_id"]);
        Assert.Equal(UserId, sent["recipient_user_id"]!.GetValue<string>());
        var message = Assert.Single(harness.Emulator.Messages);
        Assert.Equal((UserId, UserId, UserId), (message.To, message.Recipient, message.RecipientUserId));
    }

    [Fact]
    public async Task Send_ByBsuidToAUserWithANumber_SameChatAndPair_StatusesCarryBoth()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookCallbackUri = receiver.Url;
            o.Webhooks.SendDeliveredAndRead = false;
        });
        harness.Emulator.AddUser(new EmulatedUser { PhoneNumber = "+16505551234", UserId = UserId });

        using (var byPhone = await harness.SendAsync(EmulatorHarness.Text("+16505551234")))
        {
            JsonAssert.Equal("""[{"input":"+16505551234","wa_id":"16505551234"}]""", (await EmulatorHarness.JsonAsync(byPhone))["contacts"]);
        }

        Assert.Equal(0, await harness.SendCodeAsync(TextTo(UserId)));

        var statuses = (await receiver.NextAsync(2)).Select(w => w.Status!).ToList();
        Assert.All(statuses, s => Assert.Equal(("16505551234", UserId), (s["recipient_id"]!.GetValue<string>(), s["recipient_user_id"]!.GetValue<string>())));
        Assert.All(harness.Emulator.Messages, m => Assert.Equal("16505551234", m.Recipient));
    }

    [Fact]
    public async Task Send_ByBsuidAndByNumber_ShareThePairLimit()
    {
        await using var harness = await EmulatorHarness.StartAsync(messagesPerSecond: 1_000);
        harness.Emulator.AddUser(new EmulatedUser { PhoneNumber = "+16505551234", UserId = UserId });
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(0, await harness.SendCodeAsync(i % 2 == 0 ? TextTo(UserId, $"m{i}") : EmulatorHarness.Text("+16505551234", $"m{i}")));
            harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(131056, await harness.SendCodeAsync(TextTo(UserId, "one too many")));
    }

    [Fact]
    public async Task Send_ToAndRecipientBoth_ToWins()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.SendAsync(
            $$$"""{"messaging_product":"whatsapp","to":"+16505551234","recipient":"{{{UserId}}}","type":"text","text":{"body":"hi"}}""");

        JsonAssert.Equal("""[{"input":"+16505551234","wa_id":"16505551234"}]""", (await EmulatorHarness.JsonAsync(response))["contacts"]);
    }

    [Theory]
    [InlineData("us.1349")]
    [InlineData("US.13-49")]
    [InlineData("16505551234")]
    public async Task Send_MalformedRecipient_Refused100(string recipient)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Equal(100, await harness.SendCodeAsync(TextTo(recipient)));
    }

    [Fact]
    public async Task Send_AuthenticationTemplateToABsuid_Refused131062_ToTheNumberAccepted()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var created = await harness.PostJsonAsync($"v26.0/{EmulatorHarness.WabaId}/message_templates",
            """{"name":"login_code","language":"en_US","category":"AUTHENTICATION","components":[{"type":"BODY","text":"Your code is {{1}}","example":{"body_text":[["123456"]]}}]}""");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        const string Template = """ "type":"template","template":{"name":"login_code","language":{"code":"en_US"},"components":[{"type":"body","parameters":[{"type":"text","text":"123456"}]}]}""";

        Assert.Equal(131062, await harness.SendCodeAsync($$$"""{"messaging_product":"whatsapp","recipient":"{{{UserId}}}",{{{Template}}}}"""));
        Assert.Equal(0, await harness.SendCodeAsync($$$"""{"messaging_product":"whatsapp","to":"+16505551234",{{{Template}}}}"""));
    }

    [Fact]
    public async Task Inbound_FromABsuidOnlyUser_OmitsFromAndWaId_CarriesUserIds_OpensTheWindowForBsuidSends()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookCallbackUri = receiver.Url;
            o.EnforceCustomerServiceWindow = true;
        });
        using (var added = await harness.PostJsonAsync("_emulator/users",
            $$"""{"user_id":"{{UserId}}","parent_user_id":"US.ENT.11815799212886844830","username":"ana","name":"Ana"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        Assert.Equal(131047, await harness.SendCodeAsync(TextTo(UserId)));
        using (var inbound = await harness.PostJsonAsync("_emulator/inbound", $$"""{"user_id":"{{UserId}}","text":"hi"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, inbound.StatusCode);
        }

        var value = (await receiver.NextAsync()).Value;
        JsonAssert.Equal(
            $$"""[{"profile":{"name":"Ana","username":"ana"},"user_id":"{{UserId}}","parent_user_id":"US.ENT.11815799212886844830"}]""",
            value["contacts"]);
        var message = value["messages"]![0]!;
        Assert.Null(message["from"]);
        Assert.Equal(UserId, message["from_user_id"]!.GetValue<string>());
        Assert.Equal("US.ENT.11815799212886844830", message["from_parent_user_id"]!.GetValue<string>());
        Assert.Equal(0, await harness.SendCodeAsync(TextTo(UserId)));
    }

    [Fact]
    public async Task Inbound_FromANumberOfAKnownUser_CarriesItsBsuid()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        harness.Emulator.AddUser(new EmulatedUser { PhoneNumber = "+16505551234", UserId = UserId });

        await harness.Emulator.SimulateInboundMessageAsync("+16505551234", "hi", cancellationToken: TestContext.Current.CancellationToken);

        var value = (await receiver.NextAsync()).Value;
        Assert.Equal(("16505551234", UserId), (value["messages"]![0]!["from"]!.GetValue<string>(), value["messages"]![0]!["from_user_id"]!.GetValue<string>()));
        Assert.Equal(("16505551234", UserId), (value["contacts"]![0]!["wa_id"]!.GetValue<string>(), value["contacts"]![0]!["user_id"]!.GetValue<string>()));
        var users = await harness.GetJsonAsync("_emulator/users");
        JsonAssert.Equal($$"""{"data":[{"wa_id":"16505551234","user_id":"{{UserId}}"}]}""", users);
    }

    [Fact]
    public async Task AddUser_WithoutPhoneOrUserId_OrMalformedId_Throws()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Throws<ArgumentException>(() => harness.Emulator.AddUser(new EmulatedUser { Username = "ana" }));
        Assert.Throws<ArgumentException>(() => harness.Emulator.AddUser(new EmulatedUser { UserId = "us.1349" }));
        using var refused = await harness.PostJsonAsync("_emulator/users", """{"user_id":"US.13-49"}""");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
