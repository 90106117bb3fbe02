namespace CloudApi.Sdk.Templates;

/// <summary>
/// Manages message templates of a WhatsApp Business Account (Business Management API): list, get, create, edit, delete.
/// Calls that address the account default to <see cref="WhatsAppOptions.BusinessAccountId"/>.
/// </summary>
public interface ITemplatesClient
{
    /// <summary>
    /// Lists templates, following Graph's cursor paging: pages are requested lazily, one at a time, as you enumerate;
    /// <see cref="GraphPageable{T}.AsPages"/> gives the pages and the cursor to continue from.
    /// </summary>
    /// <param name="options">Filters (name, status, category, language), page size and account; <see langword="null"/> for all templates.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The templates; each keeps its own JSON in <see cref="GraphResult.RawJson"/>.</returns>
    /// <exception cref="WhatsAppValidationException">The options are invalid (thrown by this call, before any request).</exception>
    /// <exception cref="WhatsAppApiException">Meta refused a page request (thrown while enumerating).</exception>
    GraphPageable<MessageTemplate> ListAsync(TemplateListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one template by id (<c>GET /{template-id}</c>).</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="options">Additional fields to read; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template.</returns>
    /// <exception cref="WhatsAppValidationException">The id or the options are malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call (e.g. 100 for an unknown id).</exception>
    Task<MessageTemplate> GetAsync(string templateId, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);

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
    /// <param name="options">The settings of the call; none of <see cref="TemplateRequestOptions"/> applies to an edit today (the template id names the node), so pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The id or the changes are invalid; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the edit.</exception>
    Task EditAsync(string templateId, EditTemplateRequest request, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes every language of the template named <paramref name="name"/> (<c>DELETE /{waba-id}/message_templates?name=</c>).</summary>
    /// <param name="name">The template name.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The name or the account is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the deletion (e.g. a disabled template).</exception>
    Task DeleteByNameAsync(string name, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes one template (one language) by id (<c>DELETE /{waba-id}/message_templates?hsm_id=&amp;name=</c>).</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="name">The template name (Meta requires both).</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The id, the name or the account is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the deletion.</exception>
    Task DeleteAsync(string templateId, string name, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);
}
