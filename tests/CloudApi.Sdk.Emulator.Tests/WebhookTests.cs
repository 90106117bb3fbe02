using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class WebhookTests
{
    [Fact]
    public async Task AcceptedMessage_PostsSentDeliveredRead_SignedWithAppSecret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        using var response = await harness.SendAsync(
            """{"messaging_product":"whatsapp","to":"+16505551234","type":"text","text":{"body":"hi"},"biz_opaque_callback_data":"order-7"}""");
        var id = (await EmulatorHarness.JsonAsync(response))["messages"]![0]!["id"]!.GetValue<string>();

        var webhooks = await receiver.NextAsync(3);

        Assert.Equal(["sent", "delivered", "read"], webhooks.Select(w => w.Status!["status"]!.GetValue<string>()));
        foreach (var webhook in webhooks)
        {
            Assert.Equal(WebhookReceiver.Signature(webhook.Body, "test-secret"), webhook.Signature);
            Assert.NotEqual(WebhookReceiver.Signature(webhook.Body, "other-secret"), webhook.Signature);
        }

        var first = webhooks[0];
        Assert.Equal("whatsapp_business_account", first.Json["object"]!.GetValue<string>());
        Assert.Equal(EmulatorHarness.WabaId, first.Json["entry"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("messages", first.Json["entry"]![0]!["changes"]![0]!["field"]!.GetValue<string>());
        JsonAssert.Equal($$"""{"display_phone_number":"15550000111","phone_number_id":"{{EmulatorHarness.NumberId}}"}""", first.Value["metadata"]);
        Assert.Equal(id, first.Status!["id"]!.GetValue<string>());
        Assert.Equal("16505551234", first.Status["recipient_id"]!.GetValue<string>());
        Assert.Equal("order-7", first.Status["biz_opaque_callback_data"]!.GetValue<string>());
        Assert.Equal(harness.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), first.Status["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public async Task FailingCallback_IsRetriedUntilDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookCallbackUri = receiver.Url;
            o.Webhooks.RetryDelay = TimeSpan.Zero;
            o.Webhooks.SendDeliveredAndRead = false;
        });

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        var webhook = await receiver.NextAsync();

        Assert.Equal("sent", webhook.Status!["status"]!.GetValue<string>());
        await Eventually.TrueAsync(() => harness.Emulator.Stats.WebhooksDelivered == 1, "the delivery is counted");
        Assert.Equal(3, receiver.Attempts);
        Assert.Equal(2, harness.Emulator.Stats.WebhooksFailed);
        Assert.Equal(1, harness.Emulator.Stats.WebhooksDelivered);
    }

    [Fact]
    public async Task FailingCallback_RetryWaitsForRetryDelayOnTheTimeProvider()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 1);
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookCallbackUri = receiver.Url;
            o.Webhooks.RetryDelay = TimeSpan.FromSeconds(30);
            o.Webhooks.SendDeliveredAndRead = false;
        });
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));

        // The first attempt fails; the retry waits 30 s of fake time.
        await Eventually.TrueAsync(() => harness.Emulator.Stats.WebhooksFailed == 1, "the first attempt fails");

        await Task.Yield();
        Assert.False(receiver.TryTakeExtra(out _));
        Assert.Equal(1, receiver.Attempts);

        // The worker's timer may be created just after the failure is counted: advance until it fires.
        ReceivedWebhook? webhook = null;
        await Eventually.TrueAsync(
            () =>
            {
                harness.Time.Advance(TimeSpan.FromSeconds(30));
                return receiver.TryTakeExtra(out webhook);
            },
            "the retry after 30 s of fake time");
        Assert.Equal("sent", webhook!.Status!["status"]!.GetValue<string>());
        Assert.Equal(2, receiver.Attempts);
    }

    [Fact]
    public async Task DuplicateDeliveryRate1_DeliversEachWebhookTwice()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookCallbackUri = receiver.Url;
            o.Webhooks.DuplicateDeliveryRate = 1;
            o.Webhooks.SendDeliveredAndRead = false;
        });
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));

        var webhooks = await receiver.NextAsync(2);

        Assert.Equal(webhooks[0].Body, webhooks[1].Body);
    }

    [Fact]
    public async Task Reaction_GetsOnlySentStatus()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        Assert.Equal(0, await harness.SendCodeAsync("""{"messaging_product":"whatsapp","to":"+16505551234","type":"reaction","reaction":{"message_id":"wamid.X","emoji":"👍"}}"""));
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));

        var webhooks = await receiver.NextAsync(4);

        Assert.Equal(["sent", "sent", "delivered", "read"], webhooks.Select(w => w.Status!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SimulateInbound_PostsMessagesWebhookAndOpensWindow()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.WebhookCallbackUri = receiver.Url;
            o.EnforceCustomerServiceWindow = true;
            o.Webhooks.SendDeliveredAndRead = false;
        });
        Assert.Equal(131047, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));

        var id = await harness.Emulator.SimulateInboundMessageAsync("+1 650 555 1234", "olá 👋 & <b>", new InboundMessageOptions { ProfileName = "Ana" }, TestContext.Current.CancellationToken);
        var inbound = await receiver.NextAsync();

        Assert.Equal(WebhookReceiver.Signature(inbound.Body, "test-secret"), inbound.Signature);
        var message = inbound.Value["messages"]![0]!;
        Assert.Equal(id, message["id"]!.GetValue<string>());
        Assert.Equal("16505551234", message["from"]!.GetValue<string>());
        Assert.Equal("olá 👋 & <b>", message["text"]!["body"]!.GetValue<string>());
        var raw = System.Text.Encoding.UTF8.GetString(inbound.Body);
        Assert.Contains("\"olá \\uD83D\\uDC4B & <b>\"", raw, StringComparison.Ordinal);
        Assert.Equal("Ana", inbound.Value["contacts"]![0]!["profile"]!["name"]!.GetValue<string>());
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
    }

    [Fact]
    public async Task InboundEndpoint_OpensWindowOverHttp()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.EnforceCustomerServiceWindow = true);
        harness.Http.DefaultRequestHeaders.Authorization = null;

        using var response = await harness.PostJsonAsync("_emulator/inbound", """{"from":"+16505551234","text":"hi"}""");

        Assert.True(response.IsSuccessStatusCode);
        Assert.StartsWith("wamid.", (await EmulatorHarness.JsonAsync(response))["id"]!.GetValue<string>(), StringComparison.Ordinal);
        harness.Http.DefaultRequestHeaders.Authorization = new("Bearer", EmulatorHarness.Token);
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
    }
}
