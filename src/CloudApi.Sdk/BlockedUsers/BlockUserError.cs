using CloudApi.Sdk.BlockedUsers.Wire;

namespace CloudApi.Sdk.BlockedUsers;

/// <summary>One reason a user was refused (an item of <c>failed_users[].errors</c>).</summary>
public sealed class BlockUserError
{
    internal BlockUserError(int code, string? message, string? details)
    {
        Code = code;
        Message = message;
        Details = details;
    }

    internal BlockUserError(BlockUserErrorWire wire)
        : this(wire.Code ?? -1, wire.Message, wire.ErrorData?.Details)
    {
    }

    /// <summary>The error code (<c>code</c>, e.g. <c>139100</c>), or <c>-1</c> when Meta sent none.</summary>
    public int Code { get; }

    /// <summary>Meta's message (<c>message</c>).</summary>
    public string? Message { get; }

    /// <summary>The details (<c>error_data.details</c>), e.g. that the user did not message the business in the last 24 hours.</summary>
    public string? Details { get; }
}
