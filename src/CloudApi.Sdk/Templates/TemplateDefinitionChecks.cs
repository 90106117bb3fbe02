namespace CloudApi.Sdk.Templates;

/// <summary>The checks the template definition types make on construction; Meta's limits are checked when a request is sent.</summary>
internal static class TemplateDefinitionChecks
{
    /// <summary>Returns <paramref name="values"/> (which may be <see langword="null"/>) after checking it holds no <see langword="null"/>.</summary>
    public static IReadOnlyList<T>? NoNullItems<T>(IReadOnlyList<T>? values, string field)
        where T : class
    {
        if (values is null)
        {
            return null;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                throw new WhatsAppValidationException($"{field}[{i}]", $"{field}[{i}] is null.");
            }
        }

        return values;
    }

    /// <summary>Returns a required value, or throws naming the field.</summary>
    public static T Required<T>(T? value, string field)
        where T : class =>
        value ?? throw new WhatsAppValidationException(field, $"{field} is required.");
}
