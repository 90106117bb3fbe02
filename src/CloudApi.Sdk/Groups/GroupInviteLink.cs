using CloudApi.Sdk.Groups.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Groups;

/// <summary>A group's invite link (<c>POST /{group-id}/invite_link</c>); creating one replaces the previous link, which stops working.</summary>
public sealed class GroupInviteLink : GraphResult
{
    internal GroupInviteLink(string inviteLink, GraphSource source)
        : base(source)
    {
        InviteLink = inviteLink;
    }

    internal GroupInviteLink(GroupInviteLinkWire wire, GraphSource source)
        : this(wire.InviteLink ?? string.Empty, source)
    {
    }

    /// <summary>The link (<c>invite_link</c>), e.g. <c>https://chat.whatsapp.com/LINK_ID</c>.</summary>
    public string InviteLink { get; }
}
