namespace CloudApi.Sdk.Templates;

/// <summary>
/// An authentication template in several languages at once (<c>POST /{waba-id}/upsert_message_templates</c>): each language
/// is created, or updated when it exists. Authentication templates use Meta's fixed texts: a body with
/// <see cref="TemplateBody.AddSecurityRecommendation"/>, an optional footer with a code expiry, and one OTP button.
/// </summary>
public sealed class UpsertAuthenticationTemplateRequest
{
    /// <summary>The most languages in one upsert.</summary>
    public const int MaxLanguages = 50;

    /// <summary>The shortest <see cref="MessageSendTtlSeconds"/> of an authentication template (30 seconds).</summary>
    public const int MinTtlSeconds = 30;

    /// <summary>The longest <see cref="MessageSendTtlSeconds"/> of an authentication template (15 minutes).</summary>
    public const int MaxTtlSeconds = 15 * 60;

    /// <summary>Creates the request.</summary>
    /// <param name="name">The template name: lower-case letters, digits and underscores, up to 512 characters.</param>
    /// <param name="languages">The language codes, e.g. <c>en_US</c>, <c>es</c>; 1 to 50, distinct. The list is copied.</param>
    /// <param name="components">The components: the body, optionally the footer, and the buttons with one OTP button.</param>
    /// <exception cref="WhatsAppValidationException">A value is missing or malformed; the exception names it.</exception>
    public UpsertAuthenticationTemplateRequest(string name, IReadOnlyList<string> languages, IReadOnlyList<TemplateDefinitionComponent> components)
    {
        TemplateValidator.ValidateName(name, "name");
        var codes = Validate.Copy(languages, "languages");
        Validate.Count(codes.Length, 1, MaxLanguages, "languages");
        for (var i = 0; i < codes.Length; i++)
        {
            LanguageCode.Validate(codes[i], $"languages[{i}]");
        }

        Validate.Unique(codes, static code => code, "languages");
        Name = name;
        Languages = Validate.ReadOnly(codes);
        Components = TemplateDefinitionChecks.NoNullItems(components, "components") ??
            throw new WhatsAppValidationException("components", "components is required: an authentication template needs a body and an OTP button.");
    }

    /// <summary>The template name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The languages (<c>languages</c>).</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The components (<c>components</c>), the same in every language.</summary>
    public IReadOnlyList<TemplateDefinitionComponent> Components { get; }

    /// <summary>
    /// <value>How long Meta tries to deliver a code, 30 to 900 seconds (<c>message_send_ttl_seconds</c>). Default
    /// <see langword="null"/>: Meta's default (10 minutes).</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? MessageSendTtlSeconds { get; init => field = Validate.OptionalRange(value, MinTtlSeconds, MaxTtlSeconds, "message_send_ttl_seconds"); }
}
