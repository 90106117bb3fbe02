using CloudApi.Sdk.BlockedUsers.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.BlockedUsers;

/// <summary>A user blocked on a business number (an item of <c>GET /{phone-number-id}/block_users</c>).</summary>
public sealed class BlockedUser : GraphResult
{
    internal BlockedUser(string waId, GraphSource source)
        : base(source)
    {
        WaId = waId;
    }

    internal BlockedUser(BlockedUserWire wire, GraphSource source)
        : this(wire.WaId ?? string.Empty, source)
    {
    }

    /// <summary>The user's WhatsApp id (<c>wa_id</c>).</summary>
    public string WaId { get; }
}
