using System.Collections.Concurrent;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// Fetches and caches template definitions (by name and language, through the list endpoint's name filter) so that a
/// template message can be checked before it is sent: a parameter count or name that does not match the template is the
/// cause of Meta's 132000 and friends, and is refused here with a <see cref="WhatsAppValidationException"/> that says what differs.
/// Safe for concurrent use; concurrent look-ups of one template share one request. Times come from <see cref="TimeProvider"/>.
/// </summary>
public sealed class TemplateDefinitionCache
{
    private readonly ITemplatesClient _templates;
    private readonly TemplateDefinitionCacheOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<(string Name, string Language), Entry> _entries = new();

    /// <summary>Creates a cache over a templates client.</summary>
    /// <param name="templates">The client that fetches definitions, e.g. <see cref="IWhatsAppClient.Templates"/>.</param>
    /// <param name="options">The time-to-live and account; <see langword="null"/> for defaults.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    public TemplateDefinitionCache(ITemplatesClient templates, TemplateDefinitionCacheOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _options = options ?? new TemplateDefinitionCacheOptions();
        if (_options.TimeToLive < TimeSpan.FromSeconds(1) || _options.TimeToLive > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.TimeToLive, "TimeToLive must be 1 second to 1 day.");
        }

        _templates = templates;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets a template's definition from the cache, fetching it when absent or expired.</summary>
    /// <param name="name">The template name.</param>
    /// <param name="language">The language code, e.g. <c>en_US</c>.</param>
    /// <param name="cancellationToken">Cancels this caller's wait (a shared fetch goes on for the others).</param>
    /// <returns>The definition, or <see langword="null"/> when the account has no such template in that language.</returns>
    public Task<MessageTemplate?> GetAsync(string name, string language, CancellationToken cancellationToken = default)
    {
        TemplateValidator.ValidateName(name, "template.name");
        LanguageCode.Validate(language, "template.language.code");
        var now = _timeProvider.GetUtcNow();
        var entry = _entries.AddOrUpdate(
            (name, language),
            static (key, state) => state.cache.NewEntry(key, state.now),
            static (key, existing, state) => existing.IsUsable(state.now) ? existing : state.cache.NewEntry(key, state.now),
            (cache: this, now));
        return entry.Definition.Value.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Checks a template message's parameters against the template's definition (fetched or cached); throws when the template
    /// does not exist in that language, is not approved, or takes other parameters than given.
    /// </summary>
    /// <param name="name">The template name.</param>
    /// <param name="language">The language code.</param>
    /// <param name="parameters">The parameters the message gives.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the message matches.</returns>
    /// <exception cref="WhatsAppValidationException">The message does not match the template; the message says how.</exception>
    public async Task ValidateAsync(string name, string language, TemplateParameterSet parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var template = await GetAsync(name, language, cancellationToken).ConfigureAwait(false) ??
            throw new WhatsAppValidationException("template.name",
                $"The account has no template '{name}' in language '{language}' (Meta would answer 132001).");
        Validate(template, parameters);
    }

    /// <summary>Forgets a cached definition, e.g. when a template webhook reports a status or content change.</summary>
    /// <param name="name">The template name.</param>
    /// <param name="language">The language code.</param>
    public void Invalidate(string name, string language) => _entries.TryRemove((name, language), out _);

    /// <summary>Checks <paramref name="parameters"/> against <paramref name="template"/> without any request.</summary>
    /// <param name="template">The template's definition.</param>
    /// <param name="parameters">The parameters a message gives.</param>
    /// <exception cref="WhatsAppValidationException">The message does not match the template.</exception>
    public static void Validate(MessageTemplate template, TemplateParameterSet parameters) =>
        TemplateParameterChecker.Check(template, parameters);

    private Entry NewEntry((string Name, string Language) key, DateTimeOffset now) =>
        new(new Lazy<Task<MessageTemplate?>>(() => FetchAsync(key.Name, key.Language)), now + _options.TimeToLive);

    private async Task<MessageTemplate?> FetchAsync(string name, string language)
    {
        // Not the caller's token: the fetch is shared by every caller waiting for this template.
        var query = new TemplateListOptions { BusinessAccountId = _options.BusinessAccountId, Name = name, Language = language };
        await foreach (var template in _templates.ListAsync(query, CancellationToken.None).ConfigureAwait(false))
        {
            if (string.Equals(template.Name, name, StringComparison.Ordinal) && string.Equals(template.Language, language, StringComparison.Ordinal))
            {
                return template;
            }
        }

        return null;
    }

    private sealed record Entry(Lazy<Task<MessageTemplate?>> Definition, DateTimeOffset ExpiresAt)
    {
        public bool IsUsable(DateTimeOffset now) =>
            now < ExpiresAt && !(Definition.IsValueCreated && (Definition.Value.IsFaulted || Definition.Value.IsCanceled));
    }
}
