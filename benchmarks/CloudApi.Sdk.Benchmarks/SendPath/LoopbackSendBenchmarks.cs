using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.Messages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Benchmarks.SendPath;

/// <summary>
/// (b) A text send over real HTTP to a loopback Kestrel stub answering like Meta: the SDK next to raw HttpClient
/// posting the same pre-serialized bytes (target: the SDK within 1.10x of raw).
/// </summary>
[MemoryDiagnoser]
public class LoopbackSendBenchmarks
{
    private WebApplication _stub = null!;
    private HttpClient _raw = null!;
    private Uri _messagesUri = null!;
    private ServiceProvider _provider = null!;
    private IMessagesClient _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _stub = builder.Build();
        _stub.MapPost("/v26.0/{phoneNumberId}/messages", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(MetaAnswer.SendAnswer);
        });
        _stub.StartAsync().GetAwaiter().GetResult();
        var address = new Uri(_stub.Urls.First() + "/");

        _raw = new HttpClient(new SocketsHttpHandler());
        _messagesUri = new Uri(address, $"v26.0/{MetaAnswer.PhoneNumberId}/messages");
        _provider = SdkClient.Build(address, () => new SocketsHttpHandler());
        _sdk = _provider.GetRequiredService<IWhatsAppClient>().Messages;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _provider.Dispose();
        _stub.StopAsync().GetAwaiter().GetResult();
        _stub.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient, pre-serialized bytes, loopback")]
    public async Task<int> RawBytes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _messagesUri) { Content = new ByteArrayContent(MetaAnswer.RequestBody) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer token");
        using var response = await _raw.SendAsync(request);
        await response.Content.CopyToAsync(Stream.Null);
        return (int)response.StatusCode;
    }

    [Benchmark(Description = "CloudApi.Sdk SendTextAsync, loopback")]
    public async Task<string> Sdk() => (await _sdk.SendTextAsync(MetaAnswer.Recipient, MetaAnswer.Body)).MessageId;
}
