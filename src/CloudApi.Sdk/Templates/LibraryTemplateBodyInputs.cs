namespace CloudApi.Sdk.Templates;

/// <summary>Optional additions to a library template's body (<c>library_template_body_inputs</c>); unset ones are not sent.</summary>
public sealed class LibraryTemplateBodyInputs
{
    /// <summary><value>Adds the business's contact number (<c>add_contact_number</c>).</value></summary>
    public bool? AddContactNumber { get; init; }

    /// <summary><value>Adds a "learn more" link (<c>add_learn_more_link</c>).</value></summary>
    public bool? AddLearnMoreLink { get; init; }

    /// <summary><value>Adds "For your security, do not share this code." (<c>add_security_recommendation</c>), authentication templates.</value></summary>
    public bool? AddSecurityRecommendation { get; init; }

    /// <summary><value>Adds a package-tracking link (<c>add_track_package_link</c>).</value></summary>
    public bool? AddTrackPackageLink { get; init; }

    /// <summary><value>The code's validity shown in the footer, 1 to 90 minutes (<c>code_expiration_minutes</c>), authentication templates.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? CodeExpirationMinutes { get; init => field = Validate.OptionalRange(value, 1, 90, "code_expiration_minutes"); }
}
