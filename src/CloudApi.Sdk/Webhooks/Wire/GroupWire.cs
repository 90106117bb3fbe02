using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>A <c>groups[]</c> item of the four group fields (every property any of them uses).</summary>
internal sealed class GroupWire
{
    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? GroupId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Type { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RequestId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Subject { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Description { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? InviteLink { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? JoinApprovalMode { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? InitiatedBy { get; set; }

    public List<GroupParticipantWire>? AddedParticipants { get; set; }

    public List<GroupParticipantWire>? RemovedParticipants { get; set; }

    public List<GroupParticipantWire>? FailedParticipants { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? JoinRequestId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? WaId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? UserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Reason { get; set; }

    public GroupPictureWire? ProfilePicture { get; set; }

    public GroupTextWire? GroupSubject { get; set; }

    public GroupTextWire? GroupDescription { get; set; }

    public List<ErrorWire>? Errors { get; set; }
}

/// <summary>A participant added, removed or not added.</summary>
internal sealed class GroupParticipantWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? WaId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? UserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Input { get; set; }

    public List<ErrorWire>? Errors { get; set; }
}

/// <summary><c>profile_picture</c> of a settings update.</summary>
internal sealed class GroupPictureWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MimeType { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Sha256 { get; set; }

    [JsonConverter(typeof(TolerantBoolConverter))]
    public bool? UpdateSuccessful { get; set; }
}

/// <summary><c>group_subject</c> or <c>group_description</c> of a settings update.</summary>
internal sealed class GroupTextWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Text { get; set; }

    [JsonConverter(typeof(TolerantBoolConverter))]
    public bool? UpdateSuccessful { get; set; }
}
