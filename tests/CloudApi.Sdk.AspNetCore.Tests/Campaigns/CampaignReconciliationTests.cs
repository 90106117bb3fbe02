using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CloudApi.Sdk.AspNetCore.Campaigns;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.AspNetCore.Tests.Campaigns;

/// <summary>
/// A campaign sent through the emulator with accept-then-drop faults; the emulator posts its signed status webhooks to the
/// real endpoint, whose reconciliation handler resolves the unknown outcomes in the campaign's store, while the user's
/// own handler sees the caller's callback data without the marker.
/// </summary>
public sealed class CampaignReconciliationTests
{
    private const string Secret = "campaign-app-secret";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(WebhookDispatchMode.Inline)]
    [InlineData(WebhookDispatchMode.Queued)]
    public async Task AddCampaignReconciliation_AcceptedThenDropped_ResolvedFromWebhooksAndMarkerStripped(WebhookDispatchMode mode)
    {
        var emulatorPort = FreePort();
        var emulatorAddress = new Uri($"http://127.0.0.1:{emulatorPort}/");
        var userSaw = new List<MessageStatusUpdate>();
        var allSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await WebhookHost.StartAsync(
            configureOptions: o => o.DispatchMode = mode,
            configureWebhooks: w => w.AddCampaignReconciliation().OnStatus((status, _, _) =>
            {
                lock (userSaw)
                {
                    userSaw.Add(status);
                    if (userSaw.Count == 6)
                    {
                        allSeen.TrySetResult(); // the reconciliation handler, registered first, ran before
                    }
                }

                return Task.CompletedTask;
            }),
            configureServices: s => s.AddWhatsAppCloudApi(o =>
            {
                o.AccessToken = "emulator-token";
                o.BaseAddress = emulatorAddress;
                o.PhoneNumberId = "100000000000001";
                o.AppSecret = Secret;
                o.VerifyToken = WebhookHost.VerifyToken;
            }).AddCampaigns(),
            appSecret: Secret);
        var emulatorOptions = new EmulatorOptions { AppSecret = Secret, Port = emulatorPort, WebhookCallbackUri = new Uri(receiver.Client.BaseAddress!, "/webhook") };
        emulatorOptions.AccessTokens.Add("emulator-token");
        emulatorOptions.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.AcceptThenDrop, Count = 3 });
        emulatorOptions.Webhooks.SendDeliveredAndRead = false;
        await using var emulator = await WhatsAppEmulator.StartAsync(emulatorOptions, Ct);
        var campaigns = receiver.App.Services.GetRequiredService<IWhatsAppCampaigns>();
        var store = receiver.App.Services.GetRequiredService<ICampaignStore>();
        var messages = Enumerable.Range(0, 6).Select(i => new BulkMessage("+4477009001" + i.ToString("00", CultureInfo.InvariantCulture), new TextMessage("hi"))
        {
            Options = new SendMessageOptions { BizOpaqueCallbackData = "mine-" + i.ToString(CultureInfo.InvariantCulture) },
        });
        await campaigns.CreateAsync("reconciled", messages, new CampaignCreateOptions { UnknownOutcomeTimeout = TimeSpan.FromMinutes(5) }, Ct);
        await campaigns.StartAsync("reconciled", Ct);

        // The run ends once the webhooks resolved the three unknown outcomes (well within the 5-minute timeout).
        var progress = await campaigns.RunAsync("reconciled", new CampaignRunOptions { PollInterval = TimeSpan.FromMilliseconds(50) }, Ct).WaitAsync(TimeSpan.FromSeconds(60), Ct);

        Assert.Equal(CampaignRunState.Completed, progress.State);
        Assert.Equal(6, progress.Counts.Accepted);
        Assert.Equal(0, progress.Counts.OutcomeUnknown);
        Assert.Equal(6, emulator.Messages.Count);
        await allSeen.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await foreach (var m in store.ReadMessagesAsync("reconciled", 0, Ct))
        {
            Assert.Equal(emulator.Messages.Single(e => e.BizOpaqueCallbackData == "mine-" + m.Index.ToString(CultureInfo.InvariantCulture) + "\u001F" + m.Marker).Id, m.MessageId);
            Assert.Equal(DeliveryStatus.Sent, m.Delivery);
        }

        lock (userSaw)
        {
            Assert.NotEmpty(userSaw);
            Assert.All(userSaw, s => Assert.Matches("^mine-[0-5]$", s.BizOpaqueCallbackData!));
        }
    }

    [Fact]
    public async Task AddCampaignReconciliation_StatusOfAnotherSender_UserHandlerSeesItUnchanged()
    {
        var userSaw = new List<MessageStatusUpdate>();
        await using var receiver = await WebhookHost.StartAsync(
            configureWebhooks: w => w.AddCampaignReconciliation().OnStatus((status, _, _) =>
            {
                userSaw.Add(status);
                return Task.CompletedTask;
            }),
            configureServices: s => s.AddWhatsAppCloudApi(o => o.AccessToken = "token").AddCampaigns());

        using var response = await receiver.PostSignedAsync("""
            {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
              "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550000000","phone_number_id":"100000000000001"},
              "statuses":[{"id":"wamid.other","status":"sent","timestamp":"1764590400","recipient_id":"447700900123",
                           "biz_opaque_callback_data":"plain~c:not-a-marker"}]}}]}]}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("plain~c:not-a-marker", Assert.Single(userSaw).BizOpaqueCallbackData);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
