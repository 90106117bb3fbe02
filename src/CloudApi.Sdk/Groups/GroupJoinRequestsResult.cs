using CloudApi.Sdk.Groups.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Groups;

/// <summary>
/// The answer of an approve or reject call on join requests: the requests handled (<c>approved_join_requests</c> or
/// <c>rejected_join_requests</c>), the ones that failed (<c>failed_join_requests</c>) and the call's errors (<c>errors</c>).
/// </summary>
public sealed class GroupJoinRequestsResult : GraphResult
{
    internal GroupJoinRequestsResult(
        IReadOnlyList<string> succeeded, IReadOnlyList<GroupJoinRequestFailure> failed, IReadOnlyList<GroupOperationError> errors, GraphSource source)
        : base(source)
    {
        Succeeded = succeeded;
        Failed = failed;
        Errors = errors;
    }

    internal GroupJoinRequestsResult(GroupJoinRequestsAnswerWire wire, GraphSource source)
        : this(
            [.. wire.ApprovedJoinRequests ?? wire.RejectedJoinRequests ?? []],
            [.. (wire.FailedJoinRequests ?? []).Select(static f => new GroupJoinRequestFailure(f.JoinRequestId ?? string.Empty, ReadErrors(f.Errors)))],
            ReadErrors(wire.Errors),
            source)
    {
    }

    /// <summary>The ids of the requests approved (for an approve call) or rejected (for a reject call).</summary>
    public IReadOnlyList<string> Succeeded { get; }

    /// <summary>The requests Meta did not handle, each with its errors; empty when every request was handled.</summary>
    public IReadOnlyList<GroupJoinRequestFailure> Failed { get; }

    /// <summary>The call's errors (<c>errors</c>), e.g. <see cref="WhatsAppErrorCodes.GroupRequestPartiallySucceeded"/>; empty when none.</summary>
    public IReadOnlyList<GroupOperationError> Errors { get; }

    /// <summary>Whether some requests failed (<see cref="Failed"/> is not empty).</summary>
    public bool HasFailures => Failed.Count > 0;

    internal static IReadOnlyList<GroupOperationError> ReadErrors(List<GroupErrorWire>? errors) =>
        errors is null ? [] : [.. errors.Select(static e => new GroupOperationError(e))];
}
