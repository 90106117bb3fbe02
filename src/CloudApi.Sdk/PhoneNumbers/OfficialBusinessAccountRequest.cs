namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A request about a number's Official Business Account status (<c>POST /{phone-number-id}/official_business_account</c>).</summary>
public sealed class OfficialBusinessAccountRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="action">What to do (<c>action</c>).</param>
    /// <exception cref="WhatsAppValidationException">The action is empty.</exception>
    public OfficialBusinessAccountRequest(OfficialBusinessAccountAction action)
    {
        Validate.NotEmpty(action.Value, "action");
        Action = action;
    }

    /// <summary>What to do (<c>action</c>).</summary>
    public OfficialBusinessAccountAction Action { get; }

    /// <summary><value>The business name (<c>application_data.business_name</c>), up to 255 characters. Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The name is empty or too long.</exception>
    public string? BusinessName { get; init => field = Validate.OptionalText(value, 255, "application_data.business_name"); }

    /// <summary><value>What the business does (<c>application_data.business_description</c>), up to 1,000 characters. Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The text is empty or too long.</exception>
    public string? BusinessDescription { get; init => field = Validate.OptionalText(value, 1000, "application_data.business_description"); }

    /// <summary><value>The business's website (<c>application_data.website_url</c>). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The URI is not an absolute http(s) URI.</exception>
    public Uri? WebsiteUrl
    {
        get;
        init
        {
            if (value is not null)
            {
                Validate.HttpUri(value, "application_data.website_url");
            }

            field = value;
        }
    }

    /// <summary><value>The contact email (<c>application_data.contact_email</c>). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is not an email address.</exception>
    public string? ContactEmail
    {
        get;
        init
        {
            if (value is not null)
            {
                ComplianceValues.Email(value, "application_data.contact_email");
            }

            field = value;
        }
    }

    /// <summary>Whether any application data is set.</summary>
    internal bool HasApplicationData => BusinessName is not null || BusinessDescription is not null || WebsiteUrl is not null || ContactEmail is not null;
}
