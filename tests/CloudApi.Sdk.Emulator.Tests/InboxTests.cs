using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary>The inbox over plain HTTP (the browser tests drive the page itself), and the in-process options that came with it.</summary>
public sealed class InboxTests
{
    [Fact]
    public async Task InboxPage_AtRoot_NeedsNoToken_WhileGraphPathsStillDo()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.SendAsync(EmulatorHarness.Text("+15550001111", "hi <b>there</b>"));
        using var anonymous = new HttpClient { BaseAddress = harness.Emulator.BaseAddress };

        using var page = await anonymous.GetAsync("/?chat=15550001111", TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var graph = await anonymous.GetAsync($"v26.0/{EmulatorHarness.NumberId}", TestContext.Current.CancellationToken);
        using var script = await anonymous.GetAsync("/_emulator/inbox/assets/inbox.js", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<p class=\"text\">hi &lt;b&gt;there&lt;/b&gt;</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>there</b>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, graph.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task InboxPage_LinkWithScriptScheme_IsNotFollowable()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var sent = await harness.SendAsync("""
            {"messaging_product":"whatsapp","to":"15550001111","type":"interactive","interactive":{"type":"cta_url",
             "body":{"text":"Tap"},"action":{"name":"cta_url","parameters":{"display_text":"Open","url":"javascript:alert(1)"}}}}
            """);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var html = await harness.Http.GetStringAsync("/?chat=15550001111", TestContext.Current.CancellationToken);

        Assert.Contains("<a class=\"cta-url\" href=\"#\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TapForm_PostedWithoutScript_SendsSignedButtonReplyWebhook_AndRedirectsToTheChat()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        harness.Emulator.Options.Webhooks.SendDeliveredAndRead = false;
        using var sent = await harness.SendAsync("""
            {"messaging_product":"whatsapp","to":"15550001111","type":"interactive","interactive":{"type":"button",
             "body":{"text":"Ok?"},"action":{"buttons":[{"type":"reply","reply":{"id":"yes-1","title":"Yes"}}]}}}
            """);
        var messageId = (await EmulatorHarness.JsonAsync(sent))["messages"]![0]!["id"]!.GetValue<string>();
        await receiver.NextAsync(); // sent
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = harness.Emulator.BaseAddress };

        using var tap = await noRedirect.PostAsync("/_emulator/inbox/tap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["number"] = EmulatorHarness.NumberId,
            ["user"] = "15550001111",
            ["message_id"] = messageId,
            ["kind"] = "button_reply",
            ["reply_id"] = "yes-1",
            ["title"] = "Yes",
        }), TestContext.Current.CancellationToken);
        var webhook = await receiver.NextAsync();

        Assert.Equal(HttpStatusCode.SeeOther, tap.StatusCode);
        Assert.Equal($"/?number={EmulatorHarness.NumberId}&chat=15550001111", tap.Headers.Location?.ToString());
        Assert.Equal(WebhookReceiver.Signature(webhook.Body, "test-secret"), webhook.Signature);
        var message = webhook.Value["messages"]![0]!;
        JsonAssert.Equal("""{"type":"button_reply","button_reply":{"id":"yes-1","title":"Yes"}}""", message["interactive"]);
        JsonAssert.Equal($$"""{"from":"15550000111","id":"{{messageId}}"}""", message["context"]);
        Assert.Equal("15550001111", message["from"]!.GetValue<string>());
    }

    [Fact]
    public async Task EventStream_AnnouncesEachChange()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = harness.Emulator.BaseAddress };
        using var response = await anonymous.GetAsync("/_emulator/inbox/events", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var first = await events.ReadLineAsync(TestContext.Current.CancellationToken);
        await events.ReadLineAsync(TestContext.Current.CancellationToken);

        await harness.SendAsync(EmulatorHarness.Text("+15550001111"));
        var next = await events.ReadLineAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("data: ", first, StringComparison.Ordinal);
        Assert.True(long.Parse(next!["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture) > long.Parse(first!["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task StartAsync_WithFixedPort_ListensOnThatPort()
    {
        var port = FreePort();

        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions { Port = port }, TestContext.Current.CancellationToken);

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), emulator.BaseAddress);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => WhatsAppEmulator.StartAsync(new EmulatorOptions { Port = 70_000 }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reset_ByDefaultKeepsTemplatesAndMedia_WithOptionsDeletesThem()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await CreateTemplateAndMediaAsync(harness);

        harness.Emulator.Reset();
        Assert.Single((await harness.GetJsonAsync($"v26.0/{EmulatorHarness.WabaId}/message_templates"))["data"]!.AsArray());

        harness.Emulator.Reset(new EmulatorResetOptions { Templates = true, Media = true });
        Assert.Empty((await harness.GetJsonAsync($"v26.0/{EmulatorHarness.WabaId}/message_templates"))["data"]!.AsArray());

        var mediaId = await CreateTemplateAndMediaAsync(harness);
        using var reset = await harness.PostJsonAsync("_emulator/reset", """{"templates":true,"media":true}""");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Empty((await harness.GetJsonAsync($"v26.0/{EmulatorHarness.WabaId}/message_templates"))["data"]!.AsArray());
        using var media = await harness.Http.GetAsync($"v26.0/{mediaId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, media.StatusCode);
        using var bad = await harness.PostJsonAsync("_emulator/reset", """{"media":"sometimes"}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task LoggerFactory_GetsOneInformationLinePerMessageAndWebhook_WithoutSecrets()
    {
        using var logs = new FakeLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.LoggerFactory = factory;
            o.WebhookCallbackUri = receiver.Url;
            o.Webhooks.SendDeliveredAndRead = false;
        });

        using var sent = await harness.SendAsync(EmulatorHarness.Text("+15550001111"));
        var messageId = (await EmulatorHarness.JsonAsync(sent))["messages"]![0]!["id"]!.GetValue<string>();
        await receiver.NextAsync();
        var inbound = await harness.Emulator.SimulateInboundMessageAsync("+15550001111", "hi", cancellationToken: TestContext.Current.CancellationToken);
        await receiver.NextAsync();
        await Eventually.TrueAsync(() => logs.Collector.GetSnapshot().Count(r => r.Message.StartsWith("Webhook", StringComparison.Ordinal)) == 2, "both webhooks logged");

        var lines = logs.Collector.GetSnapshot().Where(r => r.Category == "CloudApi.Sdk.Emulator").ToList();
        Assert.All(lines, l => Assert.Equal(LogLevel.Information, l.Level));
        string[] expected =
            [
                $"Message {messageId} (text) {EmulatorHarness.NumberId} -> 15550001111: sent",
                $"Webhook messages/status sent {messageId} -> {receiver.Url}: HTTP 200 (attempt 1)",
                $"Inbound {inbound} (text) 15550001111 -> {EmulatorHarness.NumberId}",
                $"Webhook messages/text {inbound} from 15550001111 -> {receiver.Url}: HTTP 200 (attempt 1)",
            ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), lines.Select(l => l.Message).Order(StringComparer.Ordinal)); // the worker logs a delivery after the receiver saw it
        Assert.DoesNotContain(lines, l => l.Message.Contains("test-secret", StringComparison.Ordinal) || l.Message.Contains(EmulatorHarness.Token, StringComparison.Ordinal));
    }

    private static async Task<string> CreateTemplateAndMediaAsync(EmulatorHarness harness)
    {
        using var template = await harness.PostJsonAsync(
            $"v26.0/{EmulatorHarness.WabaId}/message_templates",
            """{"name":"hello_again","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Hello"}]}""");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        using var upload = new MultipartFormDataContent
        {
            { new StringContent("whatsapp"), "messaging_product" },
            { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4")) { Headers = { ContentType = new("application/pdf") } }, "file", "a.pdf" },
        };
        using var uploaded = await harness.Http.PostAsync($"v26.0/{EmulatorHarness.NumberId}/media", upload, TestContext.Current.CancellationToken);
        return (await EmulatorHarness.JsonAsync(uploaded))["id"]!.GetValue<string>();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
