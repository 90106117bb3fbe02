using System.Text.Json;
using CloudApi.Sdk.Business.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Business;

/// <summary>Something done on a WhatsApp Business Account (an item of <c>GET /{waba-id}/activities</c>).</summary>
public sealed class BusinessAccountActivity : GraphResult
{
    internal BusinessAccountActivity(
        string id,
        string? activityType,
        DateTimeOffset? timestamp,
        string? actorType,
        string? actorId,
        string? actorName,
        JsonElement? details,
        string? ipAddress,
        string? userAgent,
        GraphSource source)
        : base(source)
    {
        Id = id;
        ActivityType = activityType;
        Timestamp = timestamp;
        ActorType = actorType;
        ActorId = actorId;
        ActorName = actorName;
        Details = details;
        IpAddress = ipAddress;
        UserAgent = userAgent;
    }

    internal BusinessAccountActivity(ActivityWire wire, GraphSource source)
        : this(wire.Id ?? string.Empty, wire.ActivityType, wire.Timestamp, wire.ActorType, wire.ActorId, wire.ActorName, wire.Details, wire.IpAddress, wire.UserAgent, source)
    {
    }

    /// <summary>The activity's id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>What happened (<c>activity_type</c>), e.g. <c>PHONE_NUMBER_VERIFIED</c>, <c>TEMPLATE_CREATED</c>.</summary>
    public string? ActivityType { get; }

    /// <summary>When (<c>timestamp</c>).</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>Who did it (<c>actor_type</c>): <c>USER</c>, <c>SYSTEM</c>, <c>API</c>, <c>ADMIN</c>, <c>AUTOMATED_PROCESS</c>.</summary>
    public string? ActorType { get; }

    /// <summary>The actor's id (<c>actor_id</c>).</summary>
    public string? ActorId { get; }

    /// <summary>The actor's name (<c>actor_name</c>).</summary>
    public string? ActorName { get; }

    /// <summary>The details Meta gives, whose shape depends on the activity (<c>details</c>).</summary>
    public JsonElement? Details { get; }

    /// <summary>The address it came from (<c>ip_address</c>).</summary>
    public string? IpAddress { get; }

    /// <summary>The client it came from (<c>user_agent</c>).</summary>
    public string? UserAgent { get; }
}
