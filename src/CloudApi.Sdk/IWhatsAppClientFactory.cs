namespace CloudApi.Sdk;

/// <summary>
/// Creates clients for multi-tenant apps: the client of a named registration (<c>services.AddWhatsAppCloudApi("tenant-a", ...)</c>),
/// or, for a provider with thousands of onboarded businesses, a client for one business from its token and ids given at run
/// time (<see cref="CreateClient(WhatsAppTenant)"/>), which shares the registration's pipeline and rate-limit store.
/// </summary>
public interface IWhatsAppClientFactory
{
    /// <summary>Creates the client registered under <paramref name="name"/>.</summary>
    /// <param name="name">The registration name; <see cref="string.Empty"/> for the default registration.</param>
    /// <returns>A client that sends with that registration's token and settings only.</returns>
    /// <exception cref="InvalidOperationException">No registration has that name.</exception>
    IWhatsAppClient CreateClient(string name);

    /// <summary>
    /// Creates a client for one business through the default registration's pipeline: the registration's settings (API
    /// version, host, timeouts, retries, app id and secret), HTTP connections, request log and rate limiter, with the
    /// tenant's token on every request and the tenant's ids as defaults. Cheap (no handler, no connection of its own): create
    /// one per request or cache it. The registration's template check does not apply to it (its cache belongs to the registration's account).
    /// </summary>
    /// <param name="tenant">The business's token and ids.</param>
    /// <returns>A client that sends with <paramref name="tenant"/>'s token only.</returns>
    /// <exception cref="InvalidOperationException">There is no default registration.</exception>
    IWhatsAppClient CreateClient(WhatsAppTenant tenant) => CreateClient(string.Empty, tenant);

    /// <summary>Creates a client for one business through the pipeline of the registration <paramref name="registration"/>, as <see cref="CreateClient(WhatsAppTenant)"/> does.</summary>
    /// <param name="registration">The registration whose pipeline and settings the client shares; <see cref="string.Empty"/> for the default one.</param>
    /// <param name="tenant">The business's token and ids.</param>
    /// <returns>A client that sends with <paramref name="tenant"/>'s token only.</returns>
    /// <exception cref="InvalidOperationException">No registration has that name.</exception>
    IWhatsAppClient CreateClient(string registration, WhatsAppTenant tenant);
}
