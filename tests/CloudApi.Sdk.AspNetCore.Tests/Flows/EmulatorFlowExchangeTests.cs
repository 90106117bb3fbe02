using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Flows.Endpoint;

namespace CloudApi.Sdk.AspNetCore.Tests.Flows;

/// <summary>The standalone emulator's <c>POST /_emulator/flows/exchange</c>, playing WhatsApp against an app's endpoint.</summary>
public sealed class EmulatorFlowExchangeTests
{
    [Fact]
    public async Task Exchange_DataExchangeOnEcho_ReturnsTheDecryptedAnswer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await FlowHost.StartAsync((request, _) =>
            ValueTask.FromResult(FlowResponse.NextScreen("ECHO", new JsonObject { ["seen"] = request.GetDataString("text") })));
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions { AppSecret = FlowHost.AppSecret }, ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await http.PostAsync("_emulator/flows/exchange", JsonContent.Create(new JsonObject
        {
            ["endpoint_uri"] = app.Endpoint.ToString(),
            ["public_key"] = FlowHost.Keys.PublicKeyPem,
            ["action"] = "data_exchange",
            ["screen"] = "ECHO",
            ["data"] = new JsonObject { ["text"] = "hello" },
            ["flow_token"] = "emulated-token",
        }), ct);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;

        Assert.Equal(200, answer["status"]!.GetValue<int>());
        Assert.Equal(("ECHO", "hello"), (answer["response"]!["screen"]!.GetValue<string>(), answer["response"]!["data"]!["seen"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Exchange_PingWithAWrongKey_Reports421()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await FlowHost.StartAsync((_, _) => ValueTask.FromResult(FlowResponse.Acknowledge()));
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions { AppSecret = FlowHost.AppSecret }, ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await http.PostAsync("_emulator/flows/exchange", JsonContent.Create(new JsonObject
        {
            ["endpoint_uri"] = app.Endpoint.ToString(),
            ["public_key"] = CloudApi.Sdk.Flows.Encryption.FlowKeyPair.Generate().PublicKeyPem,
        }), ct);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;

        Assert.Equal(421, answer["status"]!.GetValue<int>());
    }
}
