using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CloudApi.Sdk.Flows;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Templates;
using CloudApi.Sdk.Webhooks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CloudApi.Sdk.Tests.Flows;

/// <summary>The Flows client against the emulator: the whole management path and a completed flow's reply webhook.</summary>
public sealed class FlowsEmulatorTests
{
    private const string FlowJson = """
        {"version":"7.2","screens":[
          {"id":"BOOK","title":"Book","layout":{"type":"SingleColumnLayout","children":[
            {"type":"Footer","label":"Next","on-click-action":{"name":"navigate","next":{"type":"screen","name":"DONE"},"payload":{}}}]}},
          {"id":"DONE","title":"Done","terminal":true,"layout":{"type":"SingleColumnLayout","children":[
            {"type":"Footer","label":"Finish","on-click-action":{"name":"complete","payload":{}}}]}}]}
        """;

    [Fact]
    public async Task CreateUploadPublishSendComplete_ReplyWebhookParsesAsFlowReplyWithTheToken()
    {
        var ct = TestContext.Current.CancellationToken;
        using var hooks = WireMockServer.Start();
        var reply = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        hooks.Given(Request.Create().WithPath("/webhook").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            if (request.Body?.Contains("nfm_reply", StringComparison.Ordinal) == true)
            {
                reply.TrySetResult(request.BodyAsBytes!);
            }

            return new WireMock.ResponseMessage { StatusCode = 200 };
        }));
        await using var graph = await EmulatedGraph.StartAsync(o =>
        {
            o.WebhookCallbackUri = new Uri(hooks.Url + "/webhook");
            o.Webhooks.SendDeliveredAndRead = false;
        });
        var flows = graph.Client.Flows;

        var created = await flows.CreateAsync(new CreateFlowRequest("booking", [FlowCategory.AppointmentBooking]), cancellationToken: ct);
        var upload = await flows.UploadFlowJsonAsync(created.Id, FlowJson, cancellationToken: ct);
        Assert.True(upload.IsValid, string.Join("; ", upload.ValidationErrors));
        await flows.PublishAsync(created.Id, cancellationToken: ct);
        var flow = await flows.GetAsync(created.Id, cancellationToken: ct);
        Assert.Equal((FlowStatus.Published, "7.2"), (flow.Status, flow.JsonVersion));
        Assert.Equal(["flow.json"], (await flows.ListAssetsAsync(created.Id, cancellationToken: ct).ToListAsync(ct)).Select(a => a.Name));

        var sent = await graph.Client.Messages.SendAsync("+16505551234",
            new InteractiveFlowMessage("Book your visit", FlowReference.FromId(created.Id), "Book") { FlowToken = "booking-7" }, cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = graph.Emulator.BaseAddress };
        using var completed = await http.PostAsJsonAsync("_emulator/flows/complete",
            new { message_id = sent.MessageId, response = new { date = "2026-03-02" } }, ct);
        Assert.True(completed.IsSuccessStatusCode);

        var notification = WhatsAppWebhookParser.Parse(await reply.Task.WaitAsync(TimeSpan.FromSeconds(10), ct));

        var received = Assert.Single(notification.Events.OfType<FlowReplyReceived>());
        Assert.Equal(("booking-7", sent.MessageId), (received.FlowToken, received.Context?.MessageId));
        using var response = JsonDocument.Parse(received.ResponseJson);
        Assert.Equal("2026-03-02", response.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public async Task UploadInvalidJson_TypedValidationErrors_PublishRefusedWithFlowCode()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var graph = await EmulatedGraph.StartAsync();
        var flows = graph.Client.Flows;
        var created = await flows.CreateAsync(new CreateFlowRequest("broken", [FlowCategory.Other]), cancellationToken: ct);

        var upload = await flows.UploadFlowJsonAsync(created.Id, FlowJson.Replace("\"name\":\"DONE\"", "\"name\":\"NOWHERE\"", StringComparison.Ordinal), cancellationToken: ct);

        var error = Assert.Single(upload.ValidationErrors);
        Assert.Equal(("INVALID_SCREEN_REFERENCE", "FLOW_JSON_ERROR", 3), (error.Error, error.ErrorType, error.LineStart));
        Assert.Equal("screens[0].layout.children[0].on-click-action.next.name", Assert.Single(error.Pointers).Path);
        var refused = await Assert.ThrowsAsync<WhatsAppApiException>(() => flows.PublishAsync(created.Id, cancellationToken: ct));
        Assert.Equal(WhatsAppErrorCodes.FlowPublishingError, refused.ErrorCode);
        await flows.DeleteAsync(created.Id, cancellationToken: ct);
        Assert.Empty(await flows.ListAsync(cancellationToken: ct).ToListAsync(ct));
    }

    [Fact]
    public async Task BusinessPublicKey_SetThenGet_RoundTripsThroughTheEmulator()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var graph = await EmulatedGraph.StartAsync();
        using var rsa = RSA.Create(2048);

        await graph.Client.Flows.SetBusinessPublicKeyAsync(rsa.ExportRSAPublicKeyPem(), cancellationToken: ct);
        var key = await graph.Client.Flows.GetBusinessPublicKeyAsync(cancellationToken: ct);

        Assert.True(key.IsValid);
        using var stored = RSA.Create();
        stored.ImportFromPem(key.PublicKeyPem);
        Assert.Equal(rsa.ExportRSAPublicKey(), stored.ExportRSAPublicKey());
    }
}
