namespace CloudApi.Sdk.Groups;

/// <summary>A join request Meta did not approve or reject (an item of <c>failed_join_requests</c>), with the reasons.</summary>
public sealed class GroupJoinRequestFailure
{
    internal GroupJoinRequestFailure(string joinRequestId, IReadOnlyList<GroupOperationError> errors)
    {
        JoinRequestId = joinRequestId;
        Errors = errors;
    }

    /// <summary>The request's id (<c>join_request_id</c>).</summary>
    public string JoinRequestId { get; }

    /// <summary>Why it failed (<c>errors</c>); empty when Meta gave no reason.</summary>
    public IReadOnlyList<GroupOperationError> Errors { get; }
}
