namespace CloudApi.Sdk.Groups;

/// <summary>The fields of <c>GET /{group-id}</c> (<see cref="GroupRequestOptions.Fields"/>).</summary>
public static class GroupFields
{
    /// <summary><c>subject</c>.</summary>
    public const string Subject = "subject";

    /// <summary><c>description</c>.</summary>
    public const string Description = "description";

    /// <summary><c>participants</c>.</summary>
    public const string Participants = "participants";

    /// <summary><c>join_approval_mode</c>.</summary>
    public const string JoinApprovalMode = "join_approval_mode";

    /// <summary><c>suspended</c>.</summary>
    public const string Suspended = "suspended";

    /// <summary><c>creation_timestamp</c>.</summary>
    public const string CreationTimestamp = "creation_timestamp";

    /// <summary><c>total_participant_count</c>.</summary>
    public const string TotalParticipantCount = "total_participant_count";

    /// <summary>Every field above, the default of <see cref="IGroupsClient.GetAsync"/>.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Subject, Description, Participants, JoinApprovalMode, Suspended, CreationTimestamp, TotalParticipantCount];
}
