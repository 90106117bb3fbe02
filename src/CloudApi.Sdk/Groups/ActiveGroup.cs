using CloudApi.Sdk.Groups.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Groups;

/// <summary>An active group of a business number (an item of <c>GET /{phone-number-id}/groups</c>, <c>data.groups[]</c>).</summary>
public sealed class ActiveGroup : GraphResult
{
    internal ActiveGroup(string id, string? subject, DateTimeOffset? createdAt, GraphSource source)
        : base(source)
    {
        Id = id;
        Subject = subject;
        CreatedAt = createdAt;
    }

    internal ActiveGroup(ActiveGroupWire wire, GraphSource source)
        : this(wire.Id ?? string.Empty, wire.Subject, GroupTimes.Parse(wire.CreatedAt), source)
    {
    }

    /// <summary>The group id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The subject (<c>subject</c>).</summary>
    public string? Subject { get; }

    /// <summary>When the group was created (<c>created_at</c>, read as Unix seconds or ISO 8601); <see langword="null"/> when Meta sent neither.</summary>
    public DateTimeOffset? CreatedAt { get; }
}
