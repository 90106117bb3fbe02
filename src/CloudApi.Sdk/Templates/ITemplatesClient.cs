namespace CloudApi.Sdk.Templates;

/// <summary>
/// Manages message templates of a WhatsApp Business Account (Business Management API): list, get, create, edit, delete.
/// Calls that address the account default to <see cref="WhatsAppOptions.BusinessAccountId"/>.
/// </summary>
public interface ITemplatesClient
{
    /// <summary>
    /// Lists templates, following Graph's cursor paging: pages are fetched lazily, one at a time, as you enumerate.
    /// </summary>
    /// <param name="query">Filters (name, status, category, language), page size and account; <see langword="null"/> for all templates.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The templates.</returns>
    /// <exception cref="WhatsAppValidationException">The query is invalid (thrown before any request).</exception>
    /// <exception cref="WhatsAppApiException">Meta refused a page request.</exception>
    IAsyncEnumerable<MessageTemplate> ListAsync(TemplateQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one template by id (<c>GET /{template-id}</c>).</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template.</returns>
    Task<MessageTemplate> GetAsync(string templateId, CancellationToken cancellationToken = default);

    /// <summary>Creates a template (<c>POST /{waba-id}/message_templates</c>) after validating it; Meta reviews it (up to 24 hours).</summary>
    /// <param name="request">The template.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new template's id, status and category.</returns>
    /// <exception cref="WhatsAppValidationException">The template breaks one of Meta's rules; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused it (e.g. 2388019 too many templates).</exception>
    Task<CreateTemplateResult> CreateAsync(CreateTemplateRequest request, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Edits a template (<c>POST /{template-id}</c>): its category, components or delivery time-to-live.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task EditAsync(string templateId, EditTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes every language of the template named <paramref name="name"/> (<c>DELETE /{waba-id}/message_templates?name=</c>).</summary>
    /// <param name="name">The template name.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task DeleteByNameAsync(string name, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes one template (one language) by id (<c>DELETE /{waba-id}/message_templates?hsm_id=&amp;name=</c>).</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="name">The template name (Meta requires both).</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task DeleteAsync(string templateId, string name, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);
}
