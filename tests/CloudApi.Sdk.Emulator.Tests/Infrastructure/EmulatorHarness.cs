using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Emulator.Tests.Infrastructure;

/// <summary>An emulator on fake time plus a raw HttpClient with the token, for tests.</summary>
public sealed class EmulatorHarness : IAsyncDisposable
{
    public const string Token = "test-token";
    public const string NumberId = "111";
    public const string WabaId = "222";

    private EmulatorHarness(WhatsAppEmulator emulator, FakeTimeProvider time)
    {
        Emulator = emulator;
        Time = time;
        Http = new HttpClient { BaseAddress = emulator.BaseAddress };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public WhatsAppEmulator Emulator { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorHarness> StartAsync(Action<EmulatorOptions>? configure = null, int messagesPerSecond = 80)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var options = new EmulatorOptions { TimeProvider = time, AppSecret = "test-secret" };
        options.AccessTokens.Add(Token);
        options.BusinessAccounts.Add(new EmulatedBusinessAccount { Id = WabaId, Name = "Test WABA" });
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = NumberId, DisplayPhoneNumber = "+1 555-000-0111", MessagesPerSecond = messagesPerSecond });
        configure?.Invoke(options);
        var emulator = await WhatsAppEmulator.StartAsync(options, TestContext.Current.CancellationToken);
        return new EmulatorHarness(emulator, time);
    }

    public static string Text(string to, string body = "hello") =>
        $$$"""{"messaging_product":"whatsapp","to":"{{{to}}}","type":"text","text":{"body":"{{{body}}}"}}""";

    public Task<HttpResponseMessage> SendAsync(string json, string numberId = NumberId) =>
        PostJsonAsync($"v26.0/{numberId}/messages", json);

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken))!;
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    /// <summary>Sends and returns the Graph error code, or 0 when accepted.</summary>
    public async Task<int> SendCodeAsync(string json, string numberId = NumberId)
    {
        using var response = await SendAsync(json, numberId);
        if (response.IsSuccessStatusCode)
        {
            return 0;
        }

        var body = await JsonAsync(response);
        return body["error"]!["code"]!.GetValue<int>();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
