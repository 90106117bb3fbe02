using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Benchmarks.SendPath;

/// <summary>
/// (a) The SDK's own cost of a text send: validation, serialization, its handlers and response parsing, over an
/// in-memory handler answering like Meta. Baselines in the same run: raw HttpClient posting pre-serialized bytes,
/// and the naive path (raw HttpClient + source-generated serialize + full answer deserialize).
/// </summary>
[MemoryDiagnoser]
public class SendPathBenchmarks
{
    private static readonly Uri MessagesUri = new($"https://graph.facebook.com/v26.0/{MetaAnswer.PhoneNumberId}/messages");

    private HttpClient _raw = null!;
    private ServiceProvider _provider = null!;
    private IMessagesClient _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _raw = new HttpClient(new InMemoryGraphHandler());
        _provider = SdkClient.Build(new Uri("https://graph.facebook.com/"), () => new InMemoryGraphHandler());
        _sdk = _provider.GetRequiredService<IWhatsAppClient>().Messages;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _provider.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient, pre-serialized bytes")]
    public async Task<int> RawBytes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUri) { Content = new ByteArrayContent(MetaAnswer.RequestBody) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer token");
        using var response = await _raw.SendAsync(request);
        return (int)response.StatusCode;
    }

    [Benchmark(Description = "naive: HttpClient + STJ source-gen both ways")]
    public async Task<string?> Naive()
    {
        var body = new NaiveTextRequest { To = MetaAnswer.Recipient, Text = new NaiveText { Body = MetaAnswer.Body } };
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUri)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, NaiveJsonContext.Default.NaiveTextRequest)),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer token");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var response = await _raw.SendAsync(request);
        var answer = JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(), NaiveJsonContext.Default.NaiveSendAnswer);
        return answer!.Messages![0].Id;
    }

    [Benchmark(Description = "CloudApi.Sdk SendTextAsync")]
    public async Task<string> Sdk() => (await _sdk.SendTextAsync(MetaAnswer.Recipient, MetaAnswer.Body)).MessageId;
}
