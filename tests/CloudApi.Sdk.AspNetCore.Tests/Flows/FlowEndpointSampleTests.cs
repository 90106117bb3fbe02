using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Flows;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CloudApi.Sdk.AspNetCore.Tests.Flows;

/// <summary>samples/FlowEndpoint as a user runs it: key path, passphrase and app secret from configuration, driven like WhatsApp would.</summary>
public sealed class FlowEndpointSampleTests : IAsyncLifetime
{
    private readonly string _keyPath = Path.Combine(Path.GetTempPath(), $"sample-flows-key-{Guid.NewGuid():N}.pem");
    private readonly CloudApi.Sdk.Flows.Encryption.FlowKeyPair _keys = CloudApi.Sdk.Flows.Encryption.FlowKeyPair.Generate("sample passphrase");
    private WebApplicationFactory<Program>? _factory;

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(_keyPath, _keys.PrivateKeyPem, TestContext.Current.CancellationToken);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("WhatsApp:AppSecret", FlowHost.AppSecret)
            .UseSetting("WhatsApp:Flows:PrivateKeyPath", _keyPath)
            .UseSetting("WhatsApp:Flows:PrivateKeyPassphrase", "sample passphrase"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        File.Delete(_keyPath);
    }

    [Fact]
    public async Task Sample_PingAndEchoScreen_AnsweredAsDocumented()
    {
        using var http = _factory!.CreateClient();
        using var driver = new FlowEndpointDriver(http, new Uri(http.BaseAddress!, "/flows"), _keys.PublicKeyPem, FlowHost.AppSecret);
        var ct = TestContext.Current.CancellationToken;

        var ping = await driver.PingAsync(ct);
        var echo = await driver.DataExchangeAsync("ECHO", new JsonObject { ["question"] = "still there?", ["n"] = 2 }, "sample-token", ct);

        Assert.Equal((200, "active"), (ping.StatusCode, ping.Data.GetProperty("status").GetString()));
        Assert.Equal((200, "ECHO"), (echo.StatusCode, echo.Screen));
        Assert.Equal(("still there?", 2), (echo.Data.GetProperty("question").GetString(), echo.Data.GetProperty("n").GetInt32()));
    }
}
