using CloudApi.Sdk.Http;
using CloudApi.Sdk.Templates.Wire;

namespace CloudApi.Sdk.Templates;

/// <summary>Meta's answer to a template creation (<c>{"id":"...","status":"PENDING","category":"MARKETING"}</c>).</summary>
public sealed class CreateTemplateResult : GraphResult
{
    internal CreateTemplateResult(CreateTemplateResultWire wire, GraphSource source)
        : this(source, wire.Id ?? string.Empty, wire.Status ?? default, wire.Category ?? default)
    {
    }

    internal CreateTemplateResult(GraphSource source, string id, TemplateStatus status, TemplateCategory category)
        : base(source)
    {
        Id = id;
        Status = status;
        Category = category;
    }

    /// <summary>The new template's id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>Its status (<c>status</c>): usually <c>PENDING</c>; authentication templates may be <c>APPROVED</c> at once.</summary>
    public TemplateStatus Status { get; }

    /// <summary>The category Meta assigned (<c>category</c>), which may differ from the one asked for.</summary>
    public TemplateCategory Category { get; }
}
