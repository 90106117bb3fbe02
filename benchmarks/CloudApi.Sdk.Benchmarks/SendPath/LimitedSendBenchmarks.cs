using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Benchmarks.SendPath;

/// <summary>
/// A text send with the rate limiter on, next to the same send with it off, over the in-memory handler. The clock is
/// the system clock sped up a million times, so Meta's limits (1,000 mps per number, 45 per recipient then one per 6 s)
/// never make a send wait: what is left is the limiter's own cost (rules lookup, the store's acquire, the headroom
/// checks). Sends go round 64 numbers and 1,024 recipients, so the number differs from one send to the next.
/// </summary>
[MemoryDiagnoser]
public class LimitedSendBenchmarks
{
    private const int Numbers = 64;
    private const int Recipients = 1024;
    private readonly SendMessageOptions[] _from = new SendMessageOptions[Numbers];
    private readonly string[] _to = new string[Recipients];
    private ServiceProvider _off = null!;
    private ServiceProvider _on = null!;
    private IMessagesClient _unlimited = null!;
    private IMessagesClient _limited = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < Numbers; i++)
        {
            _from[i] = new SendMessageOptions { PhoneNumberId = (106540352242000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        for (var i = 0; i < Recipients; i++)
        {
            _to[i] = $"+1555{i:0000000}";
        }

        _off = Build(limited: false);
        _on = Build(limited: true);
        _unlimited = _off.GetRequiredService<IWhatsAppClient>().Messages;
        _limited = _on.GetRequiredService<IWhatsAppClient>().Messages;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _off.Dispose();
        _on.Dispose();
    }

    [Benchmark(Baseline = true, Description = "SendTextAsync, limiter off, 64 numbers")]
    public Task<string> LimiterOff() => SendAsync(_unlimited);

    [Benchmark(Description = "SendTextAsync, limiter on, 64 numbers")]
    public Task<string> LimiterOn() => SendAsync(_limited);

    private async Task<string> SendAsync(IMessagesClient client)
    {
        var n = _next++;
        return (await client.SendTextAsync(_to[n & (Recipients - 1)], MetaAnswer.Body, _from[n & (Numbers - 1)])).MessageId;
    }

    private static ServiceProvider Build(bool limited)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new ScaledClock(1_000_000));
        services.AddWhatsAppCloudApi(options =>
        {
            options.AccessToken = "benchmark-token";
            options.PhoneNumberId = MetaAnswer.PhoneNumberId;
            options.BaseAddress = new Uri("https://graph.facebook.com/");
        })
        .ConfigureRateLimiting(limits =>
        {
            limits.Enabled = limited;
            limits.MessagesPerSecond = 1_000;
        })
        .HttpClient.ConfigurePrimaryHttpMessageHandler(() => new InMemoryGraphHandler());
        return services.BuildServiceProvider();
    }
}
