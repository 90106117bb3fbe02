using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.DependencyInjection;

internal sealed class WhatsAppBuilder(string name, IServiceCollection services, IHttpClientBuilder httpClient) : IWhatsAppBuilder
{
    public string Name { get; } = name;

    public IServiceCollection Services { get; } = services;

    public IHttpClientBuilder HttpClient { get; } = httpClient;
}
