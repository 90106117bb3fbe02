namespace CloudApi.Sdk.Partners;

/// <summary>Optional filters of <see cref="IPreverifiedNumbersClient.ListAsync"/>.</summary>
public sealed class PreverifiedNumberListOptions
{
    /// <summary><value>Only numbers with this status: <c>VERIFIED</c>, <c>PENDING</c>, <c>FAILED</c>, <c>EXPIRED</c> (<c>verification_status</c>).</value></summary>
    public string? VerificationStatus
    {
        get;
        init => field = Upper(value, "verification_status");
    }

    /// <summary><value>Only numbers with this availability: <c>AVAILABLE</c>, <c>IN_USE</c>, <c>RESERVED</c>, <c>UNAVAILABLE</c> (<c>availability_status</c>).</value></summary>
    public string? AvailabilityStatus
    {
        get;
        init => field = Upper(value, "availability_status");
    }

    /// <summary><value>Only numbers of this country, two capital letters such as <c>US</c> (<c>country_code</c>).</value></summary>
    /// <exception cref="WhatsAppValidationException">The code is not two capital letters.</exception>
    public string? CountryCode
    {
        get;
        init => field = value is null || (value.Length == 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]))
            ? value
            : throw new WhatsAppValidationException("country_code", $"country_code '{value}' must be two capital letters (ISO 3166), e.g. US.");
    }

    /// <summary><value>Numbers per page (<c>limit</c>). Default <see langword="null"/>: Meta's default (25); 1 to 100.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize
    {
        get;
        init => field = Validate.OptionalRange(value, 1, PartnerListOptions.MaxPageSize, "limit");
    }

    private static string? Upper(string? value, string field) =>
        value is null || (value.Length is > 0 and <= 32 && value.All(static c => char.IsAsciiLetterUpper(c) || c == '_'))
            ? value
            : throw new WhatsAppValidationException(field, $"{field} '{value}' must be one of Meta's upper-case values, e.g. VERIFIED.");
}
