using System.Text.Json;
using System.Text.Json.Serialization;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Groups.Wire;

/// <summary>The body of <c>POST /{phone-number-id}/groups</c>.</summary>
internal sealed class GroupCreateBodyWire
{
    public string MessagingProduct { get; set; } = "whatsapp";

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public string? JoinApprovalMode { get; set; }
}

/// <summary>The answer of <c>POST /{phone-number-id}/groups</c>.</summary>
internal sealed class GroupCreateAnswerWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RequestId { get; set; }
}

/// <summary>A page of <c>GET /{phone-number-id}/groups</c>: the groups sit in <c>data.groups</c>, not in <c>data</c>.</summary>
internal sealed class GroupListPageWire
{
    public GroupListDataWire? Data { get; set; }

    public GraphPaging? Paging { get; set; }
}

/// <summary><c>data</c> of an active-groups page.</summary>
internal sealed class GroupListDataWire
{
    public List<JsonElement>? Groups { get; set; }
}

/// <summary>An item of <c>data.groups</c>.</summary>
internal sealed class ActiveGroupWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Subject { get; set; }

    /// <summary>A string in Meta's spec; read as sent and parsed as Unix seconds or ISO 8601 by the result.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CreatedAt { get; set; }
}

/// <summary>The answer of <c>GET /{group-id}</c>.</summary>
internal sealed class GroupInfoWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public string? JoinApprovalMode { get; set; }

    public bool? Suspended { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset? CreationTimestamp { get; set; }

    public List<GroupInfoParticipantWire>? Participants { get; set; }

    public long? TotalParticipantCount { get; set; }
}

/// <summary>An item of <c>participants</c> of <c>GET /{group-id}</c>.</summary>
internal sealed class GroupInfoParticipantWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WaId { get; set; }
}

/// <summary>The JSON body of <c>POST /{group-id}</c> (settings without a picture).</summary>
internal sealed class GroupSettingsBodyWire
{
    public string MessagingProduct { get; set; } = "whatsapp";

    public string? Subject { get; set; }

    public string? Description { get; set; }
}

/// <summary>A body of only <c>messaging_product</c> (the invite-link calls).</summary>
internal sealed class GroupProductBodyWire
{
    public string MessagingProduct { get; set; } = "whatsapp";
}

/// <summary>The answer of <c>POST /{group-id}/invite_link</c>.</summary>
internal sealed class GroupInviteLinkWire
{
    public string? InviteLink { get; set; }
}

/// <summary>An item of <c>GET /{group-id}/join_requests</c>.</summary>
internal sealed class GroupJoinRequestWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? JoinRequestId { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? WaId { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset? CreationTimestamp { get; set; }
}

/// <summary>The body of <c>POST|DELETE /{group-id}/join_requests</c>.</summary>
internal sealed class GroupJoinRequestsBodyWire
{
    public string MessagingProduct { get; set; } = "whatsapp";

    public List<string> JoinRequests { get; set; } = [];
}

/// <summary>The answer of <c>POST|DELETE /{group-id}/join_requests</c>.</summary>
internal sealed class GroupJoinRequestsAnswerWire
{
    public List<string>? ApprovedJoinRequests { get; set; }

    public List<string>? RejectedJoinRequests { get; set; }

    public List<GroupJoinRequestFailureWire>? FailedJoinRequests { get; set; }

    public List<GroupErrorWire>? Errors { get; set; }
}

/// <summary>An item of <c>failed_join_requests</c>.</summary>
internal sealed class GroupJoinRequestFailureWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? JoinRequestId { get; set; }

    public List<GroupErrorWire>? Errors { get; set; }
}

/// <summary>An error of a group answer (<c>code</c>, <c>title</c>, <c>message</c>, <c>error_data.details</c>).</summary>
internal sealed class GroupErrorWire
{
    public int? Code { get; set; }

    public string? Title { get; set; }

    public string? Message { get; set; }

    public GroupErrorDataWire? ErrorData { get; set; }
}

/// <summary><c>error_data</c> of a group error.</summary>
internal sealed class GroupErrorDataWire
{
    public string? Details { get; set; }
}

/// <summary>The body of <c>POST|DELETE /{group-id}/participants</c>.</summary>
internal sealed class GroupParticipantsBodyWire
{
    public string MessagingProduct { get; set; } = "whatsapp";

    public List<GroupParticipantUserWire> Participants { get; set; } = [];
}

/// <summary>An item of <c>participants</c> in a participants call.</summary>
internal sealed class GroupParticipantUserWire
{
    public string? User { get; set; }
}
