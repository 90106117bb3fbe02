namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>Maps a <c>groups[]</c> item by its <c>type</c> (or, for a type the SDK does not know, its field); <see langword="null"/> when neither tells.</summary>
internal static class GroupMapper
{
    public static GroupEvent? Map(string field, GroupWire wire) => Kind(wire.Type, field) switch
    {
        WebhookFields.GroupLifecycleUpdate => new GroupLifecycleUpdate
        {
            GroupId = wire.GroupId ?? string.Empty, Type = wire.Type ?? string.Empty, RequestId = wire.RequestId, Timestamp = wire.Timestamp ?? default, Errors = WireMaps.Errors(wire.Errors),
            Subject = wire.Subject, Description = wire.Description, InviteLink = wire.InviteLink, JoinApprovalMode = wire.JoinApprovalMode,
        },
        WebhookFields.GroupParticipantsUpdate => new GroupParticipantsUpdate
        {
            GroupId = wire.GroupId ?? string.Empty, Type = wire.Type ?? string.Empty, RequestId = wire.RequestId, Timestamp = wire.Timestamp ?? default, Errors = WireMaps.Errors(wire.Errors),
            InitiatedBy = wire.InitiatedBy,
            AddedParticipants = WireMaps.List(wire.AddedParticipants, Participant),
            RemovedParticipants = WireMaps.List(wire.RemovedParticipants, Participant),
            FailedParticipants = WireMaps.List(wire.FailedParticipants, Participant),
            JoinRequestId = wire.JoinRequestId, WaId = wire.WaId, UserId = wire.UserId, Reason = wire.Reason,
        },
        WebhookFields.GroupSettingsUpdate => new GroupSettingsUpdate
        {
            GroupId = wire.GroupId ?? string.Empty, Type = wire.Type ?? string.Empty, RequestId = wire.RequestId, Timestamp = wire.Timestamp ?? default, Errors = WireMaps.Errors(wire.Errors),
            ProfilePicture = wire.ProfilePicture is { } p ? new GroupPictureChange(p.MimeType, p.Sha256, p.UpdateSuccessful) : null,
            Subject = wire.GroupSubject is { } s ? new GroupTextChange(s.Text, s.UpdateSuccessful) : null,
            Description = wire.GroupDescription is { } d ? new GroupTextChange(d.Text, d.UpdateSuccessful) : null,
        },
        WebhookFields.GroupStatusUpdate => new GroupStatusUpdate
        {
            GroupId = wire.GroupId ?? string.Empty, Type = wire.Type ?? string.Empty, RequestId = wire.RequestId, Timestamp = wire.Timestamp ?? default, Errors = WireMaps.Errors(wire.Errors),
        },
        _ => null,
    };

    private static string? Kind(string? type, string field) => type switch
    {
        "group_create" or "group_delete" => WebhookFields.GroupLifecycleUpdate,
        "group_settings_update" => WebhookFields.GroupSettingsUpdate,
        "group_suspend" or "group_suspend_cleared" => WebhookFields.GroupStatusUpdate,
        _ when type is not null && (type.StartsWith("group_participants", StringComparison.Ordinal) || type.StartsWith("group_join_request", StringComparison.Ordinal)) => WebhookFields.GroupParticipantsUpdate,
        _ => field is WebhookFields.GroupLifecycleUpdate or WebhookFields.GroupParticipantsUpdate or WebhookFields.GroupSettingsUpdate or WebhookFields.GroupStatusUpdate ? field : null,
    };

    private static GroupParticipant Participant(GroupParticipantWire wire) =>
        new() { WaId = wire.WaId, UserId = wire.UserId, Input = wire.Input, Errors = WireMaps.Errors(wire.Errors) };
}
