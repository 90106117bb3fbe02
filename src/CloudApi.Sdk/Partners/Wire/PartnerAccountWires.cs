using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners.Wire;

/// <summary>An object Graph names by id and name (an app, a business, a WABA).</summary>
internal sealed class PartnerNamedObjectWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }
}

/// <summary>The answer of <c>GET /{business-id}</c>.</summary>
internal sealed class PartnerBusinessPortfolioWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public long? TimezoneId { get; set; }
}

/// <summary>An item of <c>GET /{application-id}/connected_client_businesses</c>.</summary>
internal sealed class PartnerClientBusinessWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? VerificationStatus { get; set; }

    public string? BusinessStatus { get; set; }

    public DateTimeOffset? CreatedTime { get; set; }

    public DateTimeOffset? UpdatedTime { get; set; }
}

/// <summary>An item of <c>GET /{user-id}/assigned_whatsapp_business_accounts</c>.</summary>
internal sealed class PartnerAssignedAccountWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Status { get; set; }

    public DateTimeOffset? AssignmentDate { get; set; }

    public List<string>? Permissions { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? BusinessId { get; set; }

    public List<PartnerAssignedNumberWire>? PhoneNumbers { get; set; }
}

/// <summary>An item of an assigned account's <c>phone_numbers</c>.</summary>
internal sealed class PartnerAssignedNumberWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? DisplayPhoneNumber { get; set; }

    public string? VerifiedName { get; set; }

    public string? QualityRating { get; set; }

    public string? CodeVerificationStatus { get; set; }

    public string? NameStatus { get; set; }
}

/// <summary>An item of <c>GET /{waba-id}/assigned_users</c>.</summary>
internal sealed class PartnerAssignedUserWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public PartnerNamedObjectWire? Business { get; set; }

    public string? UserType { get; set; }
}

/// <summary>An item of <c>GET /{waba-id}/in_progress_onbehalf_request</c>.</summary>
internal sealed class PartnerOnBehalfRequestWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Status { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? BusinessOwnedObject { get; set; }

    public PartnerNamedObjectWire? ReceivingBusiness { get; set; }

    public PartnerNamedObjectWire? RequestingBusiness { get; set; }
}

/// <summary>An item of <c>GET /{business-id}/extendedcredits</c>.</summary>
internal sealed class PartnerCreditLineWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? LegalEntityName { get; set; }
}
