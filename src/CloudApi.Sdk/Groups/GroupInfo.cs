using CloudApi.Sdk.Groups.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Groups;

/// <summary>A group's metadata (<c>GET /{group-id}</c>); a field not asked for in <see cref="GroupRequestOptions.Fields"/> is <see langword="null"/> or empty.</summary>
public sealed class GroupInfo : GraphResult
{
    internal GroupInfo(
        string id,
        string? subject,
        string? description,
        GroupJoinApprovalMode? joinApprovalMode,
        bool? isSuspended,
        DateTimeOffset? createdAt,
        IReadOnlyList<GroupInfoParticipant> participants,
        long? totalParticipantCount,
        GraphSource source)
        : base(source)
    {
        Id = id;
        Subject = subject;
        Description = description;
        JoinApprovalMode = joinApprovalMode;
        IsSuspended = isSuspended;
        CreatedAt = createdAt;
        Participants = participants;
        TotalParticipantCount = totalParticipantCount;
    }

    internal GroupInfo(GroupInfoWire wire, GraphSource source)
        : this(
            wire.Id ?? string.Empty,
            wire.Subject,
            wire.Description,
            wire.JoinApprovalMode is { } mode ? (GroupJoinApprovalMode)mode : (GroupJoinApprovalMode?)null,
            wire.Suspended,
            wire.CreationTimestamp,
            [.. (wire.Participants ?? []).Select(static p => new GroupInfoParticipant(p.WaId ?? string.Empty))],
            wire.TotalParticipantCount,
            source)
    {
    }

    /// <summary>The group id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The subject (<c>subject</c>).</summary>
    public string? Subject { get; }

    /// <summary>The description (<c>description</c>).</summary>
    public string? Description { get; }

    /// <summary>Whether joining needs approval (<c>join_approval_mode</c>).</summary>
    public GroupJoinApprovalMode? JoinApprovalMode { get; }

    /// <summary>Whether WhatsApp suspended the group (<c>suspended</c>); a suspended group refuses sends with 131207.</summary>
    public bool? IsSuspended { get; }

    /// <summary>When the group was created (<c>creation_timestamp</c>).</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The participants (<c>participants</c>), the business excluded; empty when not asked for.</summary>
    public IReadOnlyList<GroupInfoParticipant> Participants { get; }

    /// <summary>How many participants the group has, the business excluded (<c>total_participant_count</c>).</summary>
    public long? TotalParticipantCount { get; }
}
