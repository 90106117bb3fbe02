namespace CloudApi.Sdk.Templates;

/// <summary>
/// Changes to an existing template (<c>POST /{template-id}</c>). Only approved, rejected or paused templates can be edited;
/// components are replaced wholesale; an approved template's category is locked. Set at least one property: that, and the
/// rules of the components, are checked by <see cref="ITemplatesClient.EditAsync"/> before anything is sent.
/// </summary>
public sealed class EditTemplateRequest
{
    /// <summary><value>The new category (<c>category</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public TemplateCategory? Category { get; init; }

    /// <summary><value>The new components, replacing all of them (<c>components</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The list holds a <see langword="null"/>.</exception>
    public IReadOnlyList<TemplateDefinitionComponent>? Components { get; init => field = TemplateDefinitionChecks.NoNullItems(value, "components"); }

    /// <summary>
    /// <value>The new delivery time-to-live in seconds (<c>message_send_ttl_seconds</c>), 1 to 2,592,000 (30 days). Default
    /// <see langword="null"/>: unchanged.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? MessageSendTtlSeconds { get; init => field = TemplateValidator.Ttl(value); }
}
