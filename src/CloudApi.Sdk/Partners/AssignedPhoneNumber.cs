using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A number of an assigned WhatsApp Business Account (an item of its <c>phone_numbers</c>).</summary>
public sealed class AssignedPhoneNumber
{
    internal AssignedPhoneNumber(PartnerAssignedNumberWire wire)
    {
        Id = wire.Id ?? string.Empty;
        DisplayPhoneNumber = wire.DisplayPhoneNumber;
        VerifiedName = wire.VerifiedName;
        QualityRating = wire.QualityRating;
        CodeVerificationStatus = wire.CodeVerificationStatus;
        NameStatus = wire.NameStatus;
    }

    /// <summary>The phone-number id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The number as shown (<c>display_phone_number</c>).</summary>
    public string? DisplayPhoneNumber { get; }

    /// <summary>The approved display name (<c>verified_name</c>).</summary>
    public string? VerifiedName { get; }

    /// <summary>The quality: <c>GREEN</c>, <c>YELLOW</c>, <c>RED</c>, <c>NA</c> (<c>quality_rating</c>).</summary>
    public string? QualityRating { get; }

    /// <summary><c>VERIFIED</c> or <c>UNVERIFIED</c> (<c>code_verification_status</c>).</summary>
    public string? CodeVerificationStatus { get; }

    /// <summary>The display-name review status (<c>name_status</c>).</summary>
    public string? NameStatus { get; }
}
