namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>The compliance information to set (<c>POST /{phone-number-id}/business_compliance_info</c>); Meta takes it whole.</summary>
public sealed class BusinessComplianceInfoUpdate
{
    /// <summary>The longest legal name.</summary>
    public const int MaxEntityNameLength = 128;

    /// <summary>Creates the update.</summary>
    /// <param name="entityName">The legal name (<c>entity_name</c>), 2 to 128 characters.</param>
    /// <param name="entityType">The legal form (<c>entity_type</c>).</param>
    /// <param name="grievanceOfficer">The grievance officer (<c>grievance_officer_details</c>).</param>
    /// <param name="customerCare">Customer care (<c>customer_care_details</c>).</param>
    /// <exception cref="WhatsAppValidationException">A value is missing or out of its limits.</exception>
    public BusinessComplianceInfoUpdate(string entityName, BusinessEntityType entityType, GrievanceOfficerContact grievanceOfficer, CustomerCareContact customerCare)
    {
        Validate.Text(entityName, MaxEntityNameLength, "entity_name");
        if (entityName.Trim().Length < 2)
        {
            throw new WhatsAppValidationException("entity_name", "entity_name must have at least 2 characters.", 2);
        }

        Validate.NotEmpty(entityType.Value, "entity_type");
        EntityName = entityName;
        EntityType = entityType;
        GrievanceOfficer = Validate.NotNull(grievanceOfficer, "grievance_officer_details");
        CustomerCare = Validate.NotNull(customerCare, "customer_care_details");
    }

    /// <summary>The legal name (<c>entity_name</c>).</summary>
    public string EntityName { get; }

    /// <summary>The legal form (<c>entity_type</c>).</summary>
    public BusinessEntityType EntityType { get; }

    /// <summary>The grievance officer (<c>grievance_officer_details</c>).</summary>
    public GrievanceOfficerContact GrievanceOfficer { get; }

    /// <summary>Customer care (<c>customer_care_details</c>).</summary>
    public CustomerCareContact CustomerCare { get; }

    /// <summary><value>The legal form in words, for <see cref="BusinessEntityType.Other"/> (<c>entity_type_custom</c>), up to 1,024 characters. Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The text is empty or too long.</exception>
    public string? EntityTypeCustom
    {
        get;
        init => field = Validate.OptionalText(value, 1024, "entity_type_custom");
    }

    /// <summary><value>Whether the business is registered (<c>is_registered</c>). Default <see langword="null"/>: not sent.</value></summary>
    public bool? IsRegistered { get; init; }
}

/// <summary>The grievance officer of compliance information (<c>grievance_officer_details</c>).</summary>
public sealed class GrievanceOfficerContact
{
    /// <summary>Creates the contact.</summary>
    /// <param name="name">The officer's name (<c>name</c>), up to 128 characters.</param>
    /// <param name="email">The officer's email (<c>email</c>), up to 128 characters.</param>
    /// <exception cref="WhatsAppValidationException">A value is empty, too long or malformed.</exception>
    public GrievanceOfficerContact(string name, string email)
    {
        Validate.Text(name, 128, "grievance_officer_details.name");
        ComplianceValues.Email(email, "grievance_officer_details.email");
        Name = name;
        Email = email;
    }

    /// <summary>The officer's name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The officer's email (<c>email</c>).</summary>
    public string Email { get; }

    /// <summary><value>A mobile number with its <c>+</c> and country code (<c>mobile_number</c>). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The number is not <c>+</c> and 2 to 15 digits.</exception>
    public string? MobileNumber { get; init => field = ComplianceValues.PhoneNumber(value, "grievance_officer_details.mobile_number"); }

    /// <summary><value>A landline number with its <c>+</c> and country code (<c>landline_number</c>). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The number is not <c>+</c> and 2 to 15 digits.</exception>
    public string? LandlineNumber { get; init => field = ComplianceValues.PhoneNumber(value, "grievance_officer_details.landline_number"); }
}

/// <summary>The customer care contact of compliance information (<c>customer_care_details</c>).</summary>
public sealed class CustomerCareContact
{
    /// <summary>Creates the contact.</summary>
    /// <param name="email">The customer care email (<c>email</c>), up to 128 characters.</param>
    /// <exception cref="WhatsAppValidationException">The email is empty, too long or malformed.</exception>
    public CustomerCareContact(string email)
    {
        ComplianceValues.Email(email, "customer_care_details.email");
        Email = email;
    }

    /// <summary>The customer care email (<c>email</c>).</summary>
    public string Email { get; }

    /// <summary><value>A mobile number with its <c>+</c> and country code (<c>mobile_number</c>). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The number is not <c>+</c> and 2 to 15 digits.</exception>
    public string? MobileNumber { get; init => field = ComplianceValues.PhoneNumber(value, "customer_care_details.mobile_number"); }

    /// <summary><value>A landline number with its <c>+</c> and country code (<c>landline_number</c>). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The number is not <c>+</c> and 2 to 15 digits.</exception>
    public string? LandlineNumber { get; init => field = ComplianceValues.PhoneNumber(value, "customer_care_details.landline_number"); }
}

/// <summary>The value rules of compliance information (Meta's schema: emails up to 128, numbers <c>^\+[1-9]\d{1,14}$</c>).</summary>
internal static class ComplianceValues
{
    public static void Email(string? value, string field)
    {
        Validate.Text(value, 128, field);
        if (value!.IndexOf('@', StringComparison.Ordinal) <= 0 || value.EndsWith('@'))
        {
            throw new WhatsAppValidationException(field, $"{field} '{value}' is not an email address.");
        }
    }

    public static string? PhoneNumber(string? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length is < 3 or > 16 || value[0] != '+' || value[1] == '0' || value.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            throw new WhatsAppValidationException(field, $"{field} '{value}' must be '+' and the number with its country code, digits only (e.g. +913854559033).");
        }

        return value;
    }
}
