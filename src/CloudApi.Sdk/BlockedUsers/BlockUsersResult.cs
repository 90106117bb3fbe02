using CloudApi.Sdk.BlockedUsers.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.BlockedUsers;

/// <summary>
/// The answer of a block or unblock call: the users it changed (<c>block_users.added_users</c> or <c>removed_users</c>)
/// and, on a partial failure (error 139100), the users Meta refused (<c>block_users.failed_users</c>).
/// </summary>
public sealed class BlockUsersResult : GraphResult
{
    internal BlockUsersResult(IReadOnlyList<BlockedUserChange> changedUsers, IReadOnlyList<BlockUserFailure> failedUsers, GraphSource source)
        : base(source)
    {
        ChangedUsers = changedUsers;
        FailedUsers = failedUsers;
    }

    internal BlockUsersResult(BlockUsersAnswerWire wire, GraphSource source)
        : this(
            [.. (wire.BlockUsers?.AddedUsers ?? wire.BlockUsers?.RemovedUsers ?? []).Select(static user => new BlockedUserChange(user.Input ?? string.Empty, user.WaId))],
            [.. (wire.BlockUsers?.FailedUsers ?? []).Select(static user => new BlockUserFailure(user))],
            source)
    {
    }

    /// <summary>The users blocked (for a block call) or unblocked (for an unblock call); empty when none was.</summary>
    public IReadOnlyList<BlockedUserChange> ChangedUsers { get; }

    /// <summary>The users Meta refused, each with its errors; empty when every user was changed.</summary>
    public IReadOnlyList<BlockUserFailure> FailedUsers { get; }

    /// <summary>Whether Meta refused some of the users (<see cref="FailedUsers"/> is not empty).</summary>
    public bool HasFailures => FailedUsers.Count > 0;
}
