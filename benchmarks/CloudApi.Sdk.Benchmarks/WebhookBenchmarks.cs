using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Benchmarks;

/// <summary>
/// Signature verification per body size, against the bare HMAC-SHA256 it is built on.
/// Run: dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- --filter '*WebhookSignature*' --job short
/// </summary>
[MemoryDiagnoser]
public class WebhookSignatureBenchmarks
{
    private const string Secret = "5f2b9c0e7d1a4b3c8e6f0a2d4c6e8b1a";
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(Secret);
    private byte[] _body = [];
    private string _signature = "";

    [Params(1024, 65536)]
    public int BodyBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _body = new byte[BodyBytes];
        new Random(42).NextBytes(_body);
        _signature = WebhookSignature.Compute(_body, Secret);
    }

    [Benchmark(Baseline = true, Description = "HMACSHA256.HashData")]
    public byte[] Hmac() => HMACSHA256.HashData(Key, _body);

    [Benchmark(Description = "WebhookSignature.IsValid")]
    public bool Verify() => WebhookSignature.IsValid(_body, _signature, Secret);
}
