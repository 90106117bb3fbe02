using System.Net;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Tests.Endpoint;

public class RegistrationTests
{
    [Fact]
    public async Task Start_WithoutAppSecret_FailsWithClearMessage()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => WebhookHost.StartAsync(configureSecrets: false));

        Assert.Contains("AppSecret is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OptionOutOfRange_Fails()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => WebhookHost.StartAsync(o => o.QueueCapacity = 0));

        Assert.Contains("QueueCapacity", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_WithoutAddWhatsAppWebhooks_ThrowsInvalidOperation()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapWhatsAppWebhook("/webhook"));

        Assert.Contains("AddWhatsAppWebhooks", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddWebhooks_OnNamedClient_UsesThatClientsSecretAndToken()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var recorder = new EventRecorder();
        builder.Services.AddWhatsAppCloudApi(o => o.AccessToken = "default-token");
        builder.Services.AddWhatsAppCloudApi("tenant-b", o =>
            {
                o.AccessToken = "tenant-token";
                o.AppSecret = "tenant-b-secret";
                o.VerifyToken = "tenant-b-verify";
            })
            .AddWebhooks()
            .On<WebhookEvent>(recorder.HandleAsync);
        await using var app = builder.Build();
        app.MapWhatsAppWebhook("/hooks/whatsapp");
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var body = Payloads.Bytes(Payloads.Text("wamid.N", "named"));

        var handshake = await client.GetAsync("/hooks/whatsapp?hub.mode=subscribe&hub.challenge=7&hub.verify_token=tenant-b-verify", TestContext.Current.CancellationToken);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/hooks/whatsapp") { Content = new ByteArrayContent(body) };
        post.Headers.Add("X-Hub-Signature-256", Payloads.Sign(body, "tenant-b-secret"));
        var response = await client.SendAsync(post, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, handshake.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("named", Assert.IsType<TextMessageReceived>(Assert.Single(recorder.Events)).Body);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AddWhatsAppWebhooks_FromConfiguration_BindsSecretsAndWebhookOptions()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WhatsApp:AppSecret"] = "config-secret",
            ["WhatsApp:VerifyToken"] = "config-verify",
            ["WhatsApp:Webhooks:MaxBodySize"] = "2048",
            ["WhatsApp:Webhooks:DispatchMode"] = "Queued",
        });
        builder.Services.AddWhatsAppWebhooks(builder.Configuration.GetSection("WhatsApp"));
        await using var app = builder.Build();

        var options = app.Services.GetRequiredService<IOptionsMonitor<WhatsAppWebhookOptions>>().CurrentValue;
        var client = app.Services.GetRequiredService<IOptionsMonitor<WhatsAppOptions>>().CurrentValue;

        Assert.Equal(2048, options.MaxBodySize);
        Assert.Equal(WebhookDispatchMode.Queued, options.DispatchMode);
        Assert.Equal("config-secret", client.AppSecret);
        Assert.Equal("config-verify", client.VerifyToken);
    }
}
