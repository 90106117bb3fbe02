namespace CloudApi.Sdk;

/// <summary>Checks a language code as Meta writes them (<c>en</c>, <c>en_US</c>, <c>pt_BR</c>): templates, business profiles and registration use them.</summary>
internal static class LanguageCode
{
    public const int MaxLength = 16;

    public static void Validate(string? language, string field)
    {
        CloudApi.Sdk.Validate.Text(language, MaxLength, field);
        foreach (var c in language!)
        {
            if (!(char.IsAsciiLetter(c) || c == '_'))
            {
                throw new WhatsAppValidationException(field, $"{field} '{language}' must be a language code such as en_US.");
            }
        }
    }
}
