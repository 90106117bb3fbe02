namespace CloudApi.Sdk.Templates;

/// <summary>
/// Changes to an existing template (<c>POST /{template-id}</c>). Only approved, rejected or paused templates can be edited;
/// components are replaced wholesale; an approved template's category is locked. Set at least one property.
/// </summary>
public sealed record EditTemplateRequest
{
    /// <summary><value>The new category (<c>category</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public TemplateCategory? Category { get; init; }

    /// <summary><value>The new components, replacing all of them (<c>components</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public IReadOnlyList<TemplateDefinitionComponent>? Components { get; init; }

    /// <summary><value>The new delivery time-to-live in seconds (<c>message_send_ttl_seconds</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public int? MessageSendTtlSeconds { get; init; }
}
