namespace CloudApi.Sdk;

/// <summary>Creates the client of a named registration (<c>services.AddWhatsAppCloudApi("tenant-a", ...)</c>), for multi-tenant apps.</summary>
public interface IWhatsAppClientFactory
{
    /// <summary>Creates the client registered under <paramref name="name"/>.</summary>
    /// <param name="name">The registration name; <see cref="string.Empty"/> for the default registration.</param>
    /// <returns>A client that sends with that registration's token and settings only.</returns>
    /// <exception cref="InvalidOperationException">No registration has that name.</exception>
    IWhatsAppClient CreateClient(string name);
}
