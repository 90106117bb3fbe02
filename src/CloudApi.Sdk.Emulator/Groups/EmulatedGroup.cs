namespace CloudApi.Sdk.Emulator.Groups;

/// <summary>A group the emulator keeps: its settings, participants (the business excluded), invite link and open join requests.</summary>
internal sealed class EmulatedGroup
{
    public EmulatedGroup(long sequence, string id, string phoneNumberId, string subject, string? description, string joinApprovalMode, DateTimeOffset createdAt)
    {
        Sequence = sequence;
        Id = id;
        PhoneNumberId = phoneNumberId;
        Subject = subject;
        Description = description;
        JoinApprovalMode = joinApprovalMode;
        CreatedAt = createdAt;
    }

    /// <summary>The creation order, the key of the list's cursors.</summary>
    public long Sequence { get; }

    public string Id { get; }

    public string PhoneNumberId { get; }

    public DateTimeOffset CreatedAt { get; }

    public string Subject { get; set; }

    public string? Description { get; set; }

    public string JoinApprovalMode { get; set; }

    public bool Suspended { get; set; }

    /// <summary>The current invite link; <see langword="null"/> once deleted.</summary>
    public string? InviteLink { get; set; }

    /// <summary>The profile picture's SHA-256 (base64), once one was set.</summary>
    public string? PictureSha256 { get; set; }

    public List<GroupMember> Participants { get; } = [];

    public List<GroupJoinRequest> JoinRequests { get; } = [];

    public bool Has(string waId) => Participants.Exists(p => p.WaId == waId);
}

/// <summary>A participant: a WhatsApp id and, when the user has one, a business-scoped user id.</summary>
internal sealed record GroupMember(string WaId, string? UserId);

/// <summary>An open request to join a group that needs approval.</summary>
internal sealed record GroupJoinRequest(string Id, GroupMember User, DateTimeOffset CreatedAt);
