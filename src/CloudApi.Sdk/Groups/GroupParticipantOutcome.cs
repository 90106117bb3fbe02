namespace CloudApi.Sdk.Groups;

/// <summary>What an add or remove participants call did for one participant of the request.</summary>
public sealed class GroupParticipantOutcome
{
    internal GroupParticipantOutcome(string input, string? waId, IReadOnlyList<GroupOperationError> errors)
    {
        Input = input;
        WaId = waId;
        Errors = errors;
    }

    /// <summary>The participant as the request named them (<c>user</c>, echoed as <c>input</c>).</summary>
    public string Input { get; }

    /// <summary>The participant's WhatsApp id (<c>wa_id</c>), when Meta gave it.</summary>
    public string? WaId { get; }

    /// <summary>Whether the participant was added or removed (no <see cref="Errors"/>).</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Why it failed, e.g. <see cref="WhatsAppErrorCodes.GroupParticipantNotInGroup"/>; empty when it succeeded.</summary>
    public IReadOnlyList<GroupOperationError> Errors { get; }
}
