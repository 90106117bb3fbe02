using System.Collections.Concurrent;

namespace CloudApi.Sdk.DependencyInjection;

/// <summary>The names registered with <c>AddWhatsAppCloudApi</c>, so the factory can refuse an unknown name clearly.</summary>
internal sealed class WhatsAppRegistrations
{
    private readonly ConcurrentDictionary<string, bool> _names = new(StringComparer.Ordinal);

    public static string HttpClientName(string name) => "CloudApi.Sdk:" + name;

    public void Add(string name) => _names.TryAdd(name, true);

    public bool Contains(string name) => _names.ContainsKey(name);
}
