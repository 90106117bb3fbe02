using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Groups;

/// <summary>
/// Whether users who open a group's invite link join at once or ask to join (<c>join_approval_mode</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<GroupJoinApprovalMode>))]
public readonly partial struct GroupJoinApprovalMode
{
    /// <summary><c>auto_approve</c> (Meta's default): a user who opens the invite link joins without approval.</summary>
    public static GroupJoinApprovalMode AutoApprove { get; } = new("auto_approve");

    /// <summary><c>approval_required</c>: a user who opens the invite link creates a join request the business approves or rejects.</summary>
    public static GroupJoinApprovalMode ApprovalRequired { get; } = new("approval_required");
}
