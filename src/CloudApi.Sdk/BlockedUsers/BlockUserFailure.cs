using CloudApi.Sdk.BlockedUsers.Wire;

namespace CloudApi.Sdk.BlockedUsers;

/// <summary>A user Meta refused to block or unblock (an item of <c>failed_users</c>), with the reasons.</summary>
public sealed class BlockUserFailure
{
    internal BlockUserFailure(string input, string? waId, IReadOnlyList<BlockUserError> errors)
    {
        Input = input;
        WaId = waId;
        Errors = errors;
    }

    internal BlockUserFailure(BlockedUserOutcomeWire wire)
        : this(wire.Input ?? string.Empty, wire.WaId, [.. (wire.Errors ?? []).Select(static error => new BlockUserError(error))])
    {
    }

    /// <summary>The user as the request named them (<c>input</c>).</summary>
    public string Input { get; }

    /// <summary>The user's WhatsApp id (<c>wa_id</c>), when Meta resolved it.</summary>
    public string? WaId { get; }

    /// <summary>Why the user was refused (<c>errors</c>); empty when Meta gave no reason.</summary>
    public IReadOnlyList<BlockUserError> Errors { get; }
}
