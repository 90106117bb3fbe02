namespace CloudApi.Sdk.Templates;

/// <summary>Meta's answer to a template creation (<c>{"id":"...","status":"PENDING","category":"MARKETING"}</c>).</summary>
/// <param name="Id">The new template's id.</param>
/// <param name="Status">Its status: usually <c>PENDING</c>; authentication templates may be <c>APPROVED</c> at once.</param>
/// <param name="Category">The category Meta assigned, which may differ from the one asked for.</param>
public sealed record CreateTemplateResult(string Id, TemplateStatus Status, TemplateCategory Category);
