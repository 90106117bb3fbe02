using System.Collections.Concurrent;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.DependencyInjection;

/// <summary>
/// Holds one <see cref="WhatsAppRateLimiter"/> per registration for the lifetime of the service provider: the HTTP
/// handlers are recreated by the client factory every few minutes, the limits must not be.
/// </summary>
internal sealed class RateLimiterRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<WhatsAppRateLimiter>> _limiters = new(StringComparer.Ordinal);
    private readonly IServiceProvider _services;
    private readonly RateLimitMetrics _metrics;

    public RateLimiterRegistry(IServiceProvider services)
    {
        _services = services;
        _metrics = new RateLimitMetrics(services.GetService<System.Diagnostics.Metrics.IMeterFactory>());
    }

    public WhatsAppRateLimiter Get(string name) =>
        _limiters.GetOrAdd(name, static (name, registry) => new Lazy<WhatsAppRateLimiter>(() => registry.Create(name)), this).Value;

    public void Dispose() => _metrics.Dispose();

    private WhatsAppRateLimiter Create(string name)
    {
        var options = _services.GetRequiredService<IOptionsMonitor<WhatsAppRateLimitOptions>>().Get(name);
        var selection = _services.GetRequiredService<IOptionsMonitor<RateLimitStoreSelection>>().Get(name);
        var store = selection.Factory?.Invoke(_services) ?? _services.GetRequiredService<IWhatsAppRateLimitStore>();
        return GraphPipeline.CreateLimiter(options, store, _services.GetRequiredService<TimeProvider>(), _metrics, _services.GetService<ILoggerFactory>());
    }
}
