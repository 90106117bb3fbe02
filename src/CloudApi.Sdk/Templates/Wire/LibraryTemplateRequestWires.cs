namespace CloudApi.Sdk.Templates.Wire;

/// <summary>The body of <c>POST /{waba-id}/message_templates</c> for a template created from the library.</summary>
internal sealed class CreateLibraryTemplateRequestWire
{
    public string? Name { get; set; }

    public string? Language { get; set; }

    public TemplateCategory? Category { get; set; }

    public string? LibraryTemplateName { get; set; }

    public List<LibraryTemplateButtonInputWire>? LibraryTemplateButtonInputs { get; set; }

    public LibraryTemplateBodyInputsWire? LibraryTemplateBodyInputs { get; set; }
}

/// <summary>One of <c>library_template_button_inputs</c>.</summary>
internal sealed class LibraryTemplateButtonInputWire
{
    public string? Type { get; set; }

    public LibraryTemplateUrlInputWire? Url { get; set; }

    public string? PhoneNumber { get; set; }

    public OtpType? OtpType { get; set; }

    public List<LibraryTemplateSupportedAppWire>? SupportedApps { get; set; }

    public bool? ZeroTapTermsAccepted { get; set; }
}

/// <summary>The <c>url</c> of a URL button input.</summary>
internal sealed class LibraryTemplateUrlInputWire
{
    public string? BaseUrl { get; set; }

    public string? UrlSuffixExample { get; set; }
}

/// <summary>An Android app that may autofill a one-time password.</summary>
internal sealed class LibraryTemplateSupportedAppWire
{
    public string? PackageName { get; set; }

    public string? SignatureHash { get; set; }
}

/// <summary><c>library_template_body_inputs</c>.</summary>
internal sealed class LibraryTemplateBodyInputsWire
{
    public bool? AddContactNumber { get; set; }

    public bool? AddLearnMoreLink { get; set; }

    public bool? AddSecurityRecommendation { get; set; }

    public bool? AddTrackPackageLink { get; set; }

    public int? CodeExpirationMinutes { get; set; }
}
