using CloudApi.Sdk.Groups.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Groups;

/// <summary>
/// The answer of <see cref="IGroupsClient.CreateAsync"/>: Meta creates the group asynchronously and answers only the request id;
/// the group id and its invite link arrive in a <c>group_lifecycle_update</c> webhook (<c>group_create</c>) carrying the same
/// <see cref="RequestId"/>.
/// </summary>
public sealed class GroupCreateResult : GraphResult
{
    internal GroupCreateResult(string requestId, GraphSource source)
        : base(source)
    {
        RequestId = requestId;
    }

    internal GroupCreateResult(GroupCreateAnswerWire wire, GraphSource source)
        : this(wire.RequestId ?? string.Empty, source)
    {
    }

    /// <summary>The creation request's id (<c>request_id</c>), matched by the webhook's <c>request_id</c>.</summary>
    public string RequestId { get; }
}
