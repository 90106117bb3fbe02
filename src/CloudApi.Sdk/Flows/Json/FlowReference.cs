namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// Builds the dynamic references of Flow JSON (<c>${data.field}</c>, <c>${form.field}</c>,
/// <c>${screen.SCREEN.form.field}</c>) so a typo in the syntax cannot reach Meta. The results are plain strings: use them
/// in any text, payload value, condition or <see cref="FlowValue{T}"/>.
/// </summary>
public static class FlowReference
{
    /// <summary>A field of the screen's data model: <c>${data.<paramref name="field"/>}</c>.</summary>
    /// <param name="field">The data field (a dotted path is allowed, e.g. <c>user.name</c>).</param>
    /// <returns>The reference.</returns>
    public static string Data(string field) => $"${{data.{Name(field, nameof(field))}}}";

    /// <summary>A component of the current screen's form: <c>${form.<paramref name="field"/>}</c>.</summary>
    /// <param name="field">The component's <c>name</c>.</param>
    /// <returns>The reference.</returns>
    public static string Form(string field) => $"${{form.{Name(field, nameof(field))}}}";

    /// <summary>A data field of another screen (Flow JSON 4.0+): <c>${screen.<paramref name="screen"/>.data.<paramref name="field"/>}</c>.</summary>
    /// <param name="screen">The screen id.</param>
    /// <param name="field">The data field.</param>
    /// <returns>The reference.</returns>
    public static string ScreenData(string screen, string field) =>
        $"${{screen.{Name(screen, nameof(screen))}.data.{Name(field, nameof(field))}}}";

    /// <summary>A component of another screen's form (Flow JSON 4.0+): <c>${screen.<paramref name="screen"/>.form.<paramref name="field"/>}</c>.</summary>
    /// <param name="screen">The screen id.</param>
    /// <param name="field">The component's <c>name</c>.</param>
    /// <returns>The reference.</returns>
    public static string ScreenForm(string screen, string field) =>
        $"${{screen.{Name(screen, nameof(screen))}.form.{Name(field, nameof(field))}}}";

    /// <summary>Whether <paramref name="text"/> contains a dynamic reference (then its length is only known on the device).</summary>
    internal static bool IsDynamic(string? text) => text is not null && text.Contains("${", StringComparison.Ordinal);

    internal static string Check(string? reference, string field)
    {
        Validate.NotEmpty(reference, field);
        if (!reference!.StartsWith("${", StringComparison.Ordinal) || !reference.EndsWith('}'))
        {
            throw new WhatsAppValidationException(field, $"{field} '{reference}' must be a dynamic reference of the form ${{data.field}} or ${{form.field}}.");
        }

        return reference!;
    }

    private static string Name(string? value, string field)
    {
        Validate.NotEmpty(value, field);
        if (value!.AsSpan().IndexOfAny("${} ") >= 0)
        {
            throw new WhatsAppValidationException(field, $"{field} '{value}' must not contain '$', braces or spaces.");
        }

        return value!;
    }
}
