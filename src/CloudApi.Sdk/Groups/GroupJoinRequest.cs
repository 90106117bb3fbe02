using CloudApi.Sdk.Groups.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Groups;

/// <summary>An open request to join a group that needs approval (an item of <c>GET /{group-id}/join_requests</c>).</summary>
public sealed class GroupJoinRequest : GraphResult
{
    internal GroupJoinRequest(string joinRequestId, string? waId, DateTimeOffset? createdAt, GraphSource source)
        : base(source)
    {
        JoinRequestId = joinRequestId;
        WaId = waId;
        CreatedAt = createdAt;
    }

    internal GroupJoinRequest(GroupJoinRequestWire wire, GraphSource source)
        : this(wire.JoinRequestId ?? string.Empty, wire.WaId, wire.CreationTimestamp, source)
    {
    }

    /// <summary>The request's id (<c>join_request_id</c>), to approve or reject it.</summary>
    public string JoinRequestId { get; }

    /// <summary>The WhatsApp id of the user asking (<c>wa_id</c>).</summary>
    public string? WaId { get; }

    /// <summary>When the user asked (<c>creation_timestamp</c>).</summary>
    public DateTimeOffset? CreatedAt { get; }
}
