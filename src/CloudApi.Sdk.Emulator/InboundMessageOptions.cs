using CloudApi.Sdk.Emulator.Webhooks;

namespace CloudApi.Sdk.Emulator;

/// <summary>Optional details of a simulated inbound message (<see cref="WhatsAppEmulator.SimulateInboundMessageAsync"/>).</summary>
public sealed class InboundMessageOptions
{
    /// <summary>Gets or sets the business phone-number id the user writes to.</summary>
    /// <value>Default <see langword="null"/>: the first configured number.</value>
    public string? PhoneNumberId { get; set; }

    /// <summary>Gets or sets the user's profile name in <c>contacts[].profile.name</c>.</summary>
    /// <value>Default <see langword="null"/>: the user's number.</value>
    public string? ProfileName { get; set; }

    /// <summary>Gets or sets the user's business-scoped user id (BSUID), sent as <c>from_user_id</c> and <c>contacts[].user_id</c>.</summary>
    /// <value>Default <see langword="null"/>: none, as for users without one.</value>
    public string? UserId { get; set; }

    /// <summary>Gets or sets the user's parent business-scoped user id, sent as <c>from_parent_user_id</c> and <c>contacts[].parent_user_id</c>.</summary>
    /// <value>Default <see langword="null"/>: none.</value>
    public string? ParentUserId { get; set; }

    /// <summary>Gets or sets the user's username in <c>contacts[].profile.username</c>.</summary>
    /// <value>Default <see langword="null"/>: none.</value>
    public string? Username { get; set; }

    /// <summary>Gets or sets the group the user writes in, sent as the message's <c>group_id</c>.</summary>
    /// <value>Default <see langword="null"/>: a one-to-one chat.</value>
    public string? GroupId { get; set; }

    internal InboundSender Sender(string from) => new(from, ProfileName, UserId, ParentUserId, Username, GroupId);
}
