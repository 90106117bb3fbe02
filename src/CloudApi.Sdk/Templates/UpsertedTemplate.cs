namespace CloudApi.Sdk.Templates;

/// <summary>One language of an upserted authentication template (<c>{"id","status","language"}</c>).</summary>
public sealed class UpsertedTemplate
{
    internal UpsertedTemplate(string id, TemplateStatus status, string language)
    {
        Id = id;
        Status = status;
        Language = language;
    }

    /// <summary>The template id of this language (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>Its status (<c>status</c>); authentication templates are often <c>APPROVED</c> at once.</summary>
    public TemplateStatus Status { get; }

    /// <summary>The language (<c>language</c>).</summary>
    public string Language { get; }
}
