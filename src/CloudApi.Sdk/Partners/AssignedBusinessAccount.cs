using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A WhatsApp Business Account assigned to a user (an item of <c>GET /{user-id}/assigned_whatsapp_business_accounts</c>).</summary>
public sealed class AssignedBusinessAccount : GraphResult
{
    internal AssignedBusinessAccount(PartnerAssignedAccountWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        Name = wire.Name;
        Status = wire.Status;
        AssignmentDate = wire.AssignmentDate;
        Permissions = PartnerValues.Tasks(wire.Permissions);
        BusinessId = wire.BusinessId;
        PhoneNumbers = wire.PhoneNumbers is null ? [] : [.. wire.PhoneNumbers.Select(static n => new AssignedPhoneNumber(n))];
    }

    /// <summary>The WABA id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The WABA name (<c>name</c>).</summary>
    public string? Name { get; }

    /// <summary>The status: <c>ACTIVE</c>, <c>PENDING</c>, <c>RESTRICTED</c>, <c>DISABLED</c> (<c>status</c>).</summary>
    public string? Status { get; }

    /// <summary>When the user was assigned (<c>assignment_date</c>).</summary>
    public DateTimeOffset? AssignmentDate { get; }

    /// <summary>What the user may do on it (<c>permissions</c>).</summary>
    public IReadOnlyList<BusinessAccountTask> Permissions { get; }

    /// <summary>The owning business (<c>business_id</c>).</summary>
    public string? BusinessId { get; }

    /// <summary>The account's numbers, when Meta sent them (<c>phone_numbers</c>).</summary>
    public IReadOnlyList<AssignedPhoneNumber> PhoneNumbers { get; }
}
