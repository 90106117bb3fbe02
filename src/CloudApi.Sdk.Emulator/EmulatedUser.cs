namespace CloudApi.Sdk.Emulator;

/// <summary>
/// A WhatsApp user the emulator knows (<see cref="WhatsAppEmulator.AddUser"/>, <c>POST /_emulator/users</c>): a phone
/// number and a business-scoped user id (BSUID), or only a BSUID, as for a user with a username who withholds their number.
/// </summary>
/// <remarks>
/// Sends may address the user by either (<c>to</c> with the number, <c>recipient</c> with the BSUID): both reach the same
/// chat, customer-service window and pair limit. Webhooks carry the BSUID (<c>from_user_id</c>, <c>recipient_user_id</c>,
/// <c>contacts[].user_id</c>) and, only when the user has one, the number (<c>from</c>, <c>recipient_id</c>, <c>wa_id</c>).
/// </remarks>
public sealed class EmulatedUser
{
    /// <summary>Gets the user's phone number with its country code; <see langword="null"/> for a user known only by a BSUID.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Gets the user's business-scoped user id, e.g. <c>US.13491208655302741918</c>.</summary>
    public string? UserId { get; init; }

    /// <summary>Gets the user's parent business-scoped user id, e.g. <c>US.ENT.11815799212886844830</c>.</summary>
    public string? ParentUserId { get; init; }

    /// <summary>Gets the user's username (<c>contacts[].profile.username</c>); it cannot be addressed.</summary>
    public string? Username { get; init; }

    /// <summary>Gets the user's profile name (<c>contacts[].profile.name</c>).</summary>
    public string? ProfileName { get; init; }
}
