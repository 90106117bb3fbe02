using CloudApi.Sdk.Http;
using CloudApi.Sdk.PhoneNumbers.Wire;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// The compliance information of the business behind a number (<c>GET /{phone-number-id}/business_compliance_info</c>),
/// which Indian law requires of businesses messaging users in India.
/// </summary>
public sealed class BusinessComplianceInfo : GraphResult
{
    internal BusinessComplianceInfo(
        string? businessAccountId,
        string? entityName,
        BusinessEntityType? entityType,
        string? entityTypeCustom,
        bool? isRegistered,
        ComplianceContact? grievanceOfficer,
        ComplianceContact? customerCare,
        GraphSource source)
        : base(source)
    {
        BusinessAccountId = businessAccountId;
        EntityName = entityName;
        EntityType = entityType;
        EntityTypeCustom = entityTypeCustom;
        IsRegistered = isRegistered;
        GrievanceOfficer = grievanceOfficer;
        CustomerCare = customerCare;
    }

    internal BusinessComplianceInfo(ComplianceInfoWire wire, GraphSource source)
        : this(wire.WhatsappBusinessAccountId, wire.EntityName, wire.EntityType, wire.EntityTypeCustom, wire.IsRegistered,
            Contact(wire.GrievanceOfficerDetails), Contact(wire.CustomerCareDetails), source)
    {
    }

    /// <summary>The WhatsApp Business Account (<c>whatsapp_business_account_id</c>).</summary>
    public string? BusinessAccountId { get; }

    /// <summary>The legal name (<c>entity_name</c>).</summary>
    public string? EntityName { get; }

    /// <summary>The legal form (<c>entity_type</c>); Meta's reads use display names such as <c>Partnership</c>.</summary>
    public BusinessEntityType? EntityType { get; }

    /// <summary>The legal form in words when it is <see cref="BusinessEntityType.Other"/> (<c>entity_type_custom</c>).</summary>
    public string? EntityTypeCustom { get; }

    /// <summary>Whether the business is registered (<c>is_registered</c>).</summary>
    public bool? IsRegistered { get; }

    /// <summary>The grievance officer (<c>grievance_officer_details</c>).</summary>
    public ComplianceContact? GrievanceOfficer { get; }

    /// <summary>Customer care (<c>customer_care_details</c>).</summary>
    public ComplianceContact? CustomerCare { get; }

    private static ComplianceContact? Contact(ComplianceContactWire? wire) =>
        wire is null ? null : new ComplianceContact(wire.Name, wire.Email, wire.MobileNumber, wire.LandlineNumber);
}

/// <summary>A contact in compliance information (the grievance officer, customer care).</summary>
public sealed class ComplianceContact
{
    internal ComplianceContact(string? name, string? email, string? mobileNumber, string? landlineNumber)
    {
        Name = name;
        Email = email;
        MobileNumber = mobileNumber;
        LandlineNumber = landlineNumber;
    }

    /// <summary>The name (<c>name</c>; the grievance officer only).</summary>
    public string? Name { get; }

    /// <summary>The email address (<c>email</c>).</summary>
    public string? Email { get; }

    /// <summary>The mobile number with its country code (<c>mobile_number</c>).</summary>
    public string? MobileNumber { get; }

    /// <summary>The landline number with its country code (<c>landline_number</c>).</summary>
    public string? LandlineNumber { get; }
}
