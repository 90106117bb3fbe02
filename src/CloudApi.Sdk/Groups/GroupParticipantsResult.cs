using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Groups;

/// <summary>
/// The answer of an add or remove participants call: the outcome of every participant the request named, in the request's
/// order. When Meta handled some participants and refused others (<see cref="WhatsAppErrorCodes.GroupRequestPartiallySucceeded"/>,
/// 131201, HTTP 206) the refused ones carry their errors here instead of the call throwing.
/// </summary>
public sealed class GroupParticipantsResult : GraphResult
{
    internal GroupParticipantsResult(IReadOnlyList<GroupParticipantOutcome> participants, IReadOnlyList<GroupOperationError> errors, GraphSource source)
        : base(source)
    {
        Participants = participants;
        Errors = errors;
    }

    /// <summary>Every participant of the request with its outcome.</summary>
    public IReadOnlyList<GroupParticipantOutcome> Participants { get; }

    /// <summary>The call's errors (<c>errors</c>, or the <c>error</c> of a partial success); empty when none.</summary>
    public IReadOnlyList<GroupOperationError> Errors { get; }

    /// <summary>Whether some participants failed.</summary>
    public bool HasFailures => Participants.Any(static p => !p.Succeeded);
}
