using System.Collections.Concurrent;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.DependencyInjection;

/// <summary>
/// The registrations that check template messages against their definitions before sending, and one
/// <see cref="TemplateDefinitionCache"/> per such registration, shared by all of its clients.
/// </summary>
internal sealed class TemplateSendChecks
{
    private readonly ConcurrentDictionary<string, TemplateDefinitionCacheOptions> _enabled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TemplateDefinitionCache> _caches = new(StringComparer.Ordinal);

    public void Enable(string name, TemplateDefinitionCacheOptions options) => _enabled[name] = options;

    /// <summary>The registration's cache, created over <paramref name="templates"/> on first use; <see langword="null"/> when not enabled.</summary>
    public TemplateDefinitionCache? For(string name, ITemplatesClient templates, TimeProvider timeProvider) =>
        _enabled.TryGetValue(name, out var options)
            ? _caches.GetOrAdd(name, static (_, state) => new TemplateDefinitionCache(state.templates, state.options, state.timeProvider), (templates, options, timeProvider))
            : null;
}
