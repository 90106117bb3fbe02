namespace CloudApi.Sdk.Templates;

/// <summary>
/// A template created from a <see cref="LibraryTemplate"/> (<c>POST /{waba-id}/message_templates</c> with
/// <c>library_template_name</c>): the library's content, with the account's own button values and optional body additions.
/// Library templates skip Meta's review.
/// </summary>
public sealed class CreateLibraryTemplateRequest
{
    /// <summary>The most button inputs.</summary>
    public const int MaxButtonInputs = 10;

    /// <summary>Creates the request.</summary>
    /// <param name="name">The new template's name: lower-case letters, digits and underscores, up to 512 characters.</param>
    /// <param name="language">The language code, e.g. <c>en_US</c>.</param>
    /// <param name="category">The category: the library template's (<c>UTILITY</c> or <c>AUTHENTICATION</c>).</param>
    /// <param name="libraryTemplateName">The library template's <see cref="LibraryTemplate.Name"/>.</param>
    /// <exception cref="WhatsAppValidationException">A value is missing or malformed.</exception>
    public CreateLibraryTemplateRequest(string name, string language, TemplateCategory category, string libraryTemplateName)
    {
        TemplateValidator.ValidateName(name, "name");
        LanguageCode.Validate(language, "language");
        if (string.IsNullOrEmpty(category.Value))
        {
            throw new WhatsAppValidationException("category", "category is required.");
        }

        TemplateValidator.ValidateName(libraryTemplateName, "library_template_name");
        Name = name;
        Language = language;
        Category = category;
        LibraryTemplateName = libraryTemplateName;
    }

    /// <summary>The new template's name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The language code (<c>language</c>).</summary>
    public string Language { get; }

    /// <summary>The category (<c>category</c>).</summary>
    public TemplateCategory Category { get; }

    /// <summary>The library template to copy (<c>library_template_name</c>).</summary>
    public string LibraryTemplateName { get; }

    /// <summary>
    /// <value>The account's values of the library template's buttons, in the template's button order
    /// (<c>library_template_button_inputs</c>); up to 10. Default <see langword="null"/>: none (a template with URL or phone
    /// buttons needs them). The list is copied.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The list has a null item or too many.</exception>
    public IReadOnlyList<LibraryTemplateButtonInput>? ButtonInputs
    {
        get;
        init
        {
            var inputs = TemplateDefinitionChecks.NoNullItems(value, "library_template_button_inputs");
            if (inputs is not null)
            {
                Validate.Count(inputs.Count, 1, MaxButtonInputs, "library_template_button_inputs");
            }

            field = inputs;
        }
    }

    /// <summary><value>Optional additions to the body (<c>library_template_body_inputs</c>). Default <see langword="null"/>: none.</value></summary>
    public LibraryTemplateBodyInputs? BodyInputs { get; init; }
}
