namespace CloudApi.Sdk.Templates;

/// <summary>
/// Manages message templates of a WhatsApp Business Account (Business Management API): list, get, create, edit, delete,
/// Meta's template library, authentication upserts, unpausing, comparison and migration between accounts.
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

    /// <summary>
    /// Browses Meta's template library (<c>GET /message_template_library</c>): ready-made utility and authentication templates,
    /// paged as other lists; create one with <see cref="CreateFromLibraryAsync"/>.
    /// </summary>
    /// <param name="options">Search text, topic, use case, industry, language and page size; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The library templates.</returns>
    /// <exception cref="WhatsAppApiException">Meta refused a page request (thrown while enumerating).</exception>
    GraphPageable<LibraryTemplate> ListLibraryAsync(TemplateLibraryListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a template from the library (<c>POST /{waba-id}/message_templates</c> with <c>library_template_name</c>), with the
    /// account's button values; library templates need no review.
    /// </summary>
    /// <param name="request">The new template's name, language, category, library template and inputs.</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new template's id, status and category.</returns>
    /// <exception cref="WhatsAppValidationException">A value is invalid; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused it (e.g. a missing button input).</exception>
    Task<CreateTemplateResult> CreateFromLibraryAsync(CreateLibraryTemplateRequest request, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or updates an authentication template in several languages at once (<c>POST /{waba-id}/upsert_message_templates</c>).
    /// </summary>
    /// <param name="request">The name, languages and components (body with the security recommendation, optional footer, one OTP button).</param>
    /// <param name="options">The account; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template of each language with its status.</returns>
    /// <exception cref="WhatsAppValidationException">The template breaks one of Meta's rules for authentication templates; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused it.</exception>
    Task<UpsertTemplatesResult> UpsertAuthenticationAsync(UpsertAuthenticationTemplateRequest request, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Unpauses a template Meta paused for low quality (<c>POST /{template-id}/unpause</c>), once its content was fixed; sends
    /// of a paused template fail with 132015.
    /// </summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="options">None of <see cref="TemplateRequestOptions"/> applies (the id names the node); pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused (e.g. the template is not paused).</exception>
    Task UnpauseAsync(string templateId, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Compares two templates of the same account over a time range (<c>GET /{template-id}/compare?template_ids=[id]&amp;start=&amp;end=</c>):
    /// sends, block rate ranking, top block reason.
    /// </summary>
    /// <param name="templateId">The first template's id.</param>
    /// <param name="otherTemplateId">The template to compare it with (another template of the same account).</param>
    /// <param name="since">The start of the range (<c>start</c>).</param>
    /// <param name="until">The end of the range (<c>end</c>), after <paramref name="since"/>.</param>
    /// <param name="options">None of <see cref="TemplateRequestOptions"/> applies; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The compared metrics.</returns>
    /// <exception cref="WhatsAppValidationException">An id is malformed, the ids are equal, or the range is empty; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the comparison.</exception>
    Task<TemplateComparison> CompareAsync(string templateId, string otherTemplateId, DateTimeOffset since, DateTimeOffset until, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies the templates of another account of the same business into this one (<c>POST /{destination-waba-id}/migrate_message_templates</c>),
    /// a page per call; approved templates stay approved.
    /// </summary>
    /// <param name="sourceBusinessAccountId">The account the templates come from.</param>
    /// <param name="options">The destination account and the page; <see langword="null"/> for the configured account and the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The migrated template ids and the failures with their reasons.</returns>
    /// <exception cref="WhatsAppValidationException">An id is malformed, or source and destination are the same; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the migration.</exception>
    Task<TemplateMigrationResult> MigrateAsync(string sourceBusinessAccountId, TemplateMigrationOptions? options = null, CancellationToken cancellationToken = default);
}
