namespace CloudApi.Sdk.Templates;

/// <summary>Filters and page size of <see cref="ITemplatesClient.ListLibraryAsync"/> (<c>GET /message_template_library</c>).</summary>
public sealed class TemplateLibraryListOptions
{
    /// <summary><value>Text to search for in the library templates' names and content (<c>search</c>). Default: no search.</value></summary>
    public string? Search { get; init => field = Validate.OptionalText(value, 512, "search"); }

    /// <summary><value>The topic (<c>topic</c>), e.g. <c>ORDER_MANAGEMENT</c>, <c>PAYMENTS</c>, <c>ACCOUNT_UPDATES</c>. Default: all.</value></summary>
    public string? Topic { get; init => field = Validate.OptionalText(value, 128, "topic"); }

    /// <summary><value>The use case (<c>usecase</c>), e.g. <c>SHIPMENT_CONFIRMATION</c>. Default: all.</value></summary>
    public string? Usecase { get; init => field = Validate.OptionalText(value, 128, "usecase"); }

    /// <summary><value>The industry (<c>industry</c>), e.g. <c>E_COMMERCE</c>, <c>FINANCIAL_SERVICES</c>. Default: all.</value></summary>
    public string? Industry { get; init => field = Validate.OptionalText(value, 128, "industry"); }

    /// <summary><value>The language (<c>language</c>), e.g. <c>en_US</c>. Default: all.</value></summary>
    /// <exception cref="WhatsAppValidationException">The code is malformed.</exception>
    public string? Language
    {
        get;
        init
        {
            if (value is not null)
            {
                LanguageCode.Validate(value, "language");
            }

            field = value;
        }
    }

    /// <summary><value>Templates per page (<c>limit</c>), 1 to 1,000. Default: Meta's.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize { get; init => field = Validate.OptionalRange(value, 1, 1000, "limit"); }
}
