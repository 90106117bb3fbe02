namespace CloudApi.Sdk;

/// <summary>Checks Graph node ids (phone-number ids, WABA ids, template ids): digits only.</summary>
internal static class GraphIds
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 32)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns <paramref name="id"/> if given, else the configured default; throws a typed error when neither is usable.</summary>
    public static string Resolve(string? id, string? configured, string parameterName, string optionName)
    {
        var value = id ?? configured;
        if (value is null)
        {
            throw new WhatsAppValidationException(parameterName,
                $"No {parameterName} was given and WhatsAppOptions.{optionName} is not set.");
        }

        if (!IsValid(value))
        {
            throw new WhatsAppValidationException(parameterName,
                $"{parameterName} '{value}' is malformed: Graph ids are digits only.");
        }

        return value;
    }
}
