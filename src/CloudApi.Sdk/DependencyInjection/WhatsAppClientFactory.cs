using CloudApi.Sdk.Diagnostics;
using CloudApi.Sdk.Http;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.DependencyInjection;

/// <summary>Builds clients from each registration's options and named <see cref="HttpClient"/>.</summary>
internal sealed class WhatsAppClientFactory : IWhatsAppClientFactory
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<WhatsAppOptions> _options;
    private readonly WhatsAppRegistrations _registrations;
    private readonly TimeProvider _timeProvider;
    private readonly TemplateSendChecks? _templateChecks;
    private readonly WhatsAppClientMetrics? _metrics;

    public WhatsAppClientFactory(
        IHttpClientFactory httpClientFactory, IOptionsMonitor<WhatsAppOptions> options, WhatsAppRegistrations registrations, TimeProvider timeProvider,
        TemplateSendChecks? templateChecks = null, WhatsAppClientMetrics? metrics = null)
    {
        _metrics = metrics;
        _templateChecks = templateChecks;
        _httpClientFactory = httpClientFactory;
        _options = options;
        _registrations = registrations;
        _timeProvider = timeProvider;
    }

    public IWhatsAppClient CreateClient(string name)
    {
        ThrowIfUnknown(name);
        var options = _options.Get(name).Clone();
        var http = _httpClientFactory.CreateClient(WhatsAppRegistrations.HttpClientName(name));
        return new TenantClient(name, new GraphConnection(http, options, _timeProvider, _metrics),
            templates => _templateChecks?.For(name, templates, _timeProvider));
    }

    // The tenant's client reuses the registration's named HttpClient (its handlers, and so its limiter and store, are the
    // registration's) and carries its own token in its GraphConnection, which sets it on each request.
    public IWhatsAppClient CreateClient(string registration, WhatsAppTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ThrowIfUnknown(registration);
        var options = tenant.Apply(_options.Get(registration));
        var http = _httpClientFactory.CreateClient(WhatsAppRegistrations.HttpClientName(registration));
        return new TenantClient(tenant.Name ?? registration, new GraphConnection(http, options, _timeProvider, _metrics));
    }

    private void ThrowIfUnknown(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_registrations.Contains(name))
        {
            throw new InvalidOperationException(
                $"No WhatsApp client named '{name}' is registered. Register it with services.AddWhatsAppCloudApi(\"{name}\", ...).");
        }
    }
}
