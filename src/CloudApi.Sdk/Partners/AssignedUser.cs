using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A user with access to a WhatsApp Business Account (an item of <c>GET /{waba-id}/assigned_users</c>).</summary>
public sealed class AssignedUser : GraphResult
{
    internal AssignedUser(PartnerAssignedUserWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        Name = wire.Name;
        Business = NamedGraphObject.From(wire.Business);
        UserType = wire.UserType;
    }

    /// <summary>The user id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The user's name (<c>name</c>).</summary>
    public string? Name { get; }

    /// <summary>The business the user belongs to (<c>business</c>).</summary>
    public NamedGraphObject? Business { get; }

    /// <summary><c>BUSINESS_USER</c>, <c>SYSTEM_USER</c> or <c>PERSONAL_USER</c> (<c>user_type</c>).</summary>
    public string? UserType { get; }
}
