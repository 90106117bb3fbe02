using CloudApi.Sdk.Emulator.Flows;
using CloudApi.Sdk.Flows.Encryption;
using CloudApi.Sdk.Flows.Endpoint;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Tests.Flows;

/// <summary>A real Kestrel app on 127.0.0.1 with a Flows endpoint at /flows, and the emulator's driver that plays WhatsApp against it.</summary>
internal sealed class FlowHost : IAsyncDisposable
{
    public const string AppSecret = "6a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d";

    /// <summary>One key pair for the whole test run: RSA generation is the slow part.</summary>
    public static readonly FlowKeyPair Keys = FlowKeyPair.Generate();

    private FlowHost(WebApplication app, HttpClient http)
    {
        App = app;
        Http = http;
        Endpoint = new Uri(new Uri(app.Urls.First()), "/flows");
        Driver = new FlowEndpointDriver(http, Endpoint, Keys.PublicKeyPem, AppSecret);
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public Uri Endpoint { get; }

    public FlowEndpointDriver Driver { get; }

    public static Task<FlowHost> StartAsync(Func<FlowRequest, CancellationToken, ValueTask<FlowResponse>> handler, Action<WhatsAppFlowEndpointOptions>? configure = null) =>
        StartAsync(app => app.MapWhatsAppFlowEndpoint("/flows", handler), configure);

    public static async Task<FlowHost> StartAsync(Action<WebApplication> map, Action<WhatsAppFlowEndpointOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddWhatsAppFlowEndpoint(options =>
        {
            options.AppSecret = AppSecret;
            options.PrivateKeyPem = Keys.PrivateKeyPem;
            configure?.Invoke(options);
        });
        services?.Invoke(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new FlowHost(app, new HttpClient());
    }

    public async ValueTask DisposeAsync()
    {
        Driver.Dispose();
        Http.Dispose();
        await App.DisposeAsync();
    }
}
