namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A change of a group the business manages (<c>value.groups[]</c> of the four group fields): match on
/// <see cref="GroupLifecycleUpdate"/>, <see cref="GroupParticipantsUpdate"/>, <see cref="GroupSettingsUpdate"/> or
/// <see cref="GroupStatusUpdate"/>. Messages in a group are inbound messages with <see cref="InboundMessage.GroupId"/>.
/// </summary>
public abstract class GroupEvent : WebhookEvent
{
    private protected GroupEvent()
    {
    }

    /// <summary>The group id (<c>group_id</c>).</summary>
    public string GroupId { get; internal init; } = string.Empty;

    /// <summary>What happened (<c>type</c>), e.g. <c>group_create</c>, <c>group_participants_add</c>, <c>group_suspend</c>.</summary>
    public string Type { get; internal init; } = string.Empty;

    /// <summary>The id of the business's request this answers (<c>request_id</c>), when it answers one.</summary>
    public string? RequestId { get; internal init; }

    /// <summary>When (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</summary>
    public DateTimeOffset Timestamp { get; internal init; }

    /// <summary>Why the request failed (<c>errors</c>); empty when it succeeded.</summary>
    public IReadOnlyList<WebhookError> Errors { get; internal init; } = [];
}

/// <summary>A group was created or deleted (<c>group_lifecycle_update</c>).</summary>
public sealed class GroupLifecycleUpdate : GroupEvent
{
    internal GroupLifecycleUpdate()
    {
    }

    /// <summary>The group's subject (<c>subject</c>).</summary>
    public string? Subject { get; internal init; }

    /// <summary>The group's description (<c>description</c>).</summary>
    public string? Description { get; internal init; }

    /// <summary>The invite link (<c>invite_link</c>).</summary>
    public string? InviteLink { get; internal init; }

    /// <summary>Whether joining needs approval (<c>join_approval_mode</c>), e.g. <c>auto_approve</c>, <c>approval_required</c>.</summary>
    public string? JoinApprovalMode { get; internal init; }
}

/// <summary>Participants were added or removed, or asked to join (<c>group_participants_update</c>).</summary>
public sealed class GroupParticipantsUpdate : GroupEvent
{
    internal GroupParticipantsUpdate()
    {
    }

    /// <summary>Who did it (<c>initiated_by</c>): <c>business</c> or <c>participant</c>.</summary>
    public string? InitiatedBy { get; internal init; }

    /// <summary>The participants added (<c>added_participants</c>).</summary>
    public IReadOnlyList<GroupParticipant> AddedParticipants { get; internal init; } = [];

    /// <summary>The participants removed (<c>removed_participants</c>).</summary>
    public IReadOnlyList<GroupParticipant> RemovedParticipants { get; internal init; } = [];

    /// <summary>The participants that could not be added or removed (<c>failed_participants</c>), each with its errors.</summary>
    public IReadOnlyList<GroupParticipant> FailedParticipants { get; internal init; } = [];

    /// <summary>The join request (<c>join_request_id</c>), for <c>group_join_request_created</c>/<c>_revoked</c>.</summary>
    public string? JoinRequestId { get; internal init; }

    /// <summary>The user who asked to join (<c>wa_id</c>).</summary>
    public string? WaId { get; internal init; }

    /// <summary>That user's business-scoped user id (<c>user_id</c>).</summary>
    public string? UserId { get; internal init; }

    /// <summary>Why, when Meta says (<c>reason</c>).</summary>
    public string? Reason { get; internal init; }
}

/// <summary>A participant of a <see cref="GroupParticipantsUpdate"/>.</summary>
public sealed class GroupParticipant
{
    internal GroupParticipant()
    {
    }

    /// <summary>The participant's WhatsApp id (<c>wa_id</c>).</summary>
    public string? WaId { get; internal init; }

    /// <summary>The participant's business-scoped user id (<c>user_id</c>).</summary>
    public string? UserId { get; internal init; }

    /// <summary>What the business sent for this participant (<c>input</c>), for a failed one.</summary>
    public string? Input { get; internal init; }

    /// <summary>Why it failed (<c>errors</c>); empty when it did not.</summary>
    public IReadOnlyList<WebhookError> Errors { get; internal init; } = [];
}

/// <summary>The group's picture, subject or description changed (<c>group_settings_update</c>).</summary>
public sealed class GroupSettingsUpdate : GroupEvent
{
    internal GroupSettingsUpdate()
    {
    }

    /// <summary>The new picture (<c>profile_picture</c>), when it changed.</summary>
    public GroupPictureChange? ProfilePicture { get; internal init; }

    /// <summary>The new subject (<c>group_subject</c>), when it changed.</summary>
    public GroupTextChange? Subject { get; internal init; }

    /// <summary>The new description (<c>group_description</c>), when it changed.</summary>
    public GroupTextChange? Description { get; internal init; }
}

/// <summary>A group's new picture (<c>profile_picture</c>).</summary>
public sealed class GroupPictureChange
{
    internal GroupPictureChange(string? mimeType, string? sha256, bool? updateSuccessful)
    {
        MimeType = mimeType;
        Sha256 = sha256;
        UpdateSuccessful = updateSuccessful;
    }

    /// <summary>The MIME type (<c>mime_type</c>).</summary>
    public string? MimeType { get; }

    /// <summary>The file's SHA-256 (<c>sha256</c>).</summary>
    public string? Sha256 { get; }

    /// <summary>Whether the change was applied (<c>update_successful</c>).</summary>
    public bool? UpdateSuccessful { get; }
}

/// <summary>A group's new subject or description.</summary>
public sealed class GroupTextChange
{
    internal GroupTextChange(string? text, bool? updateSuccessful)
    {
        Text = text;
        UpdateSuccessful = updateSuccessful;
    }

    /// <summary>The text (<c>text</c>).</summary>
    public string? Text { get; }

    /// <summary>Whether the change was applied (<c>update_successful</c>).</summary>
    public bool? UpdateSuccessful { get; }
}

/// <summary>The group was suspended or its suspension lifted (<c>group_status_update</c>).</summary>
public sealed class GroupStatusUpdate : GroupEvent
{
    internal GroupStatusUpdate()
    {
    }
}
