using CloudApi.Sdk.Groups.Wire;

namespace CloudApi.Sdk.Groups;

/// <summary>An error of one item of a group call (a join request or a participant), or of the call as a whole (<c>errors[]</c>).</summary>
public sealed class GroupOperationError
{
    internal GroupOperationError(int code, string? title, string? message, string? details)
    {
        Code = code;
        Title = title;
        Message = message;
        Details = details;
    }

    internal GroupOperationError(GroupErrorWire wire)
        : this(wire.Code ?? -1, wire.Title, wire.Message, wire.ErrorData?.Details)
    {
    }

    /// <summary>The error code (<c>code</c>, e.g. <see cref="WhatsAppErrorCodes.GroupParticipantNotInGroup"/>), or <c>-1</c> when Meta sent none.</summary>
    public int Code { get; }

    /// <summary>Meta's title (<c>title</c>).</summary>
    public string? Title { get; }

    /// <summary>Meta's message (<c>message</c>).</summary>
    public string? Message { get; }

    /// <summary>The details (<c>error_data.details</c>).</summary>
    public string? Details { get; }
}
