using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.DependencyInjection;

/// <summary>Returned by <c>AddWhatsAppCloudApi</c> to configure that registration further.</summary>
public interface IWhatsAppBuilder
{
    /// <summary>The registration name (<see cref="string.Empty"/> for the default registration).</summary>
    string Name { get; }

    /// <summary>The service collection the client is registered in.</summary>
    IServiceCollection Services { get; }

    /// <summary>The registration's named <see cref="HttpClient"/>: add handlers or replace the primary handler here.</summary>
    IHttpClientBuilder HttpClient { get; }
}
