using CloudApi.Sdk.RateLimiting;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// Whom a message goes to: a phone number, a business-scoped user id (BSUID), a parent BSUID, or a group. A
/// <see cref="string"/> converts to it implicitly through <see cref="Parse"/>, which tells a phone number from a BSUID,
/// so <c>SendTextAsync("+16505551234", ...)</c> and <c>SendTextAsync("US.13491208655302741918", ...)</c> both work; a
/// group id is opaque and needs <see cref="Group"/>. Every value is checked when it is made, before anything is sent.
/// </summary>
/// <remarks>
/// <para>A send writes it the way Meta expects: a phone number as <c>to</c> with <c>recipient_type: individual</c>, a
/// BSUID or parent BSUID as <c>recipient</c> (no <c>to</c>) with <c>recipient_type: individual</c>, a group as <c>to</c>
/// with <c>recipient_type: group</c>. A username cannot be addressed: Meta sends to numbers, BSUIDs and groups only.</para>
/// <para>Two recipients are equal when they name the same user or group the same way: <c>+1 650-555-1234</c> and
/// <c>16505551234</c> are equal; BSUIDs and group ids compare exactly (case-sensitive). A user's phone number and BSUID are
/// not equal (the SDK cannot know they are the same person).</para>
/// <para><c>default(WhatsAppRecipient)</c> has <see cref="Kind"/> <see cref="WhatsAppRecipientKind.None"/> and is refused by every send.</para>
/// </remarks>
public readonly struct WhatsAppRecipient : IEquatable<WhatsAppRecipient>
{
    /// <summary>The longest group id accepted (Meta's ids are about 60 characters).</summary>
    internal const int MaxGroupIdLength = 512;

    private readonly string? _value;

    private WhatsAppRecipient(string value, WhatsAppRecipientKind kind, long limiterKey)
    {
        _value = value;
        Kind = kind;
        LimiterKey = limiterKey;
    }

    /// <summary>How the recipient is addressed.</summary>
    public WhatsAppRecipientKind Kind { get; }

    /// <summary>The phone number, BSUID or group id exactly as given (what a send writes); empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether the recipient is one user (a phone number, a BSUID or a parent BSUID), not a group.</summary>
    public bool IsIndividual => Kind is WhatsAppRecipientKind.PhoneNumber or WhatsAppRecipientKind.UserId or WhatsAppRecipientKind.ParentUserId;

    /// <summary>
    /// The pair limit's key (<see cref="WhatsAppSendKey.RecipientKey"/>): a phone number's digits (below 2^50), a BSUID's
    /// tagged 62-bit hash (bit 62 set), 0 for a group (only the number's throughput applies).
    /// </summary>
    internal long LimiterKey { get; }

    /// <summary>
    /// Reads a phone number or a (parent) BSUID: a value that starts with two letters and a period is a BSUID, anything
    /// else a phone number. Group ids are not recognized (they are opaque): use <see cref="Group"/>.
    /// </summary>
    /// <param name="value">A phone number with its country code (<c>+16505551234</c>, spaces, <c>-</c>, <c>.</c> and
    /// parentheses allowed), a BSUID (<c>US.13491208655302741918</c>) or a parent BSUID (<c>US.ENT.11815799212886844830</c>).</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="WhatsAppValidationException">The value is empty, a malformed BSUID (field <c>recipient</c>) or a
    /// malformed phone number (field <c>to</c>, e.g. one with letters).</exception>
    public static WhatsAppRecipient Parse(string value)
    {
        if (value is not null && BusinessScopedUserId.LooksLikeOne(value))
        {
            return FromUserId(value, "recipient");
        }

        return PhoneNumber(value!);
    }

    /// <summary>A phone number with its country code; a WhatsApp id (its digits) is one too.</summary>
    /// <param name="phoneNumber">E.g. <c>+16505551234</c>: an optional leading <c>+</c>, 7 to 15 digits, with optional spaces, <c>-</c>, <c>.</c> and parentheses.</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="WhatsAppValidationException">The number is malformed (field <c>to</c>).</exception>
    public static WhatsAppRecipient PhoneNumber(string phoneNumber) =>
        new(phoneNumber, WhatsAppRecipientKind.PhoneNumber, RecipientPhoneNumber.Parse(phoneNumber));

    /// <summary>A business-scoped user id, as Meta sent it in a webhook (<c>user_id</c>, <c>from_user_id</c>).</summary>
    /// <param name="userId">E.g. <c>US.13491208655302741918</c>, used exactly as received (case-sensitive, country prefix kept).</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="WhatsAppValidationException">The value is not a BSUID (field <c>recipient</c>); a parent BSUID needs <see cref="ParentUserId"/>.</exception>
    public static WhatsAppRecipient UserId(string userId)
    {
        var recipient = FromUserId(userId, "recipient");
        return recipient.Kind == WhatsAppRecipientKind.UserId
            ? recipient
            : throw new WhatsAppValidationException("recipient", $"recipient '{userId}' is a parent business-scoped user id: use WhatsAppRecipient.ParentUserId (or Parse).");
    }

    /// <summary>A parent business-scoped user id (linked business portfolios), as Meta sent it (<c>parent_user_id</c>).</summary>
    /// <param name="parentUserId">E.g. <c>US.ENT.11815799212886844830</c>, used exactly as received.</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="WhatsAppValidationException">The value is not a parent BSUID (field <c>recipient</c>).</exception>
    public static WhatsAppRecipient ParentUserId(string parentUserId)
    {
        var recipient = FromUserId(parentUserId, "recipient");
        return recipient.Kind == WhatsAppRecipientKind.ParentUserId
            ? recipient
            : throw new WhatsAppValidationException("recipient", $"recipient '{parentUserId}' is not a parent business-scoped user id (expected e.g. US.ENT.11815799212886844830): use WhatsAppRecipient.UserId (or Parse).");
    }

    /// <summary>A group the business number is in (Groups API): only the number's throughput limit applies to its sends.</summary>
    /// <param name="groupId">The group id Meta returned when the group was created (opaque; used exactly as given).</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="WhatsAppValidationException">The id is empty, longer than 512 characters, or contains white space or control characters (field <c>to</c>).</exception>
    public static WhatsAppRecipient Group(string groupId)
    {
        if (string.IsNullOrWhiteSpace(groupId))
        {
            throw new WhatsAppValidationException("to", "to is required: the group id returned when the group was created.");
        }

        if (groupId.Length > MaxGroupIdLength)
        {
            throw new WhatsAppValidationException("to", $"to (a group id) must be at most {MaxGroupIdLength} characters, got {groupId.Length}.", MaxGroupIdLength);
        }

        foreach (var c in groupId)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new WhatsAppValidationException("to", $"to '{groupId}' is not a valid group id: it contains white space or a control character.");
            }
        }

        return new(groupId, WhatsAppRecipientKind.Group, 0);
    }

    /// <summary>Converts through <see cref="Parse"/>: a phone number or a (parent) BSUID.</summary>
    /// <param name="value">The phone number or BSUID.</param>
    /// <exception cref="WhatsAppValidationException">The value is neither (see <see cref="Parse"/>).</exception>
    public static implicit operator WhatsAppRecipient(string value) => Parse(value);

    /// <summary>Whether two recipients name the same user or group the same way.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WhatsAppRecipient left, WhatsAppRecipient right) => left.Equals(right);

    /// <summary>Whether two recipients differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(WhatsAppRecipient left, WhatsAppRecipient right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(WhatsAppRecipient other) =>
        Kind == other.Kind && (Kind == WhatsAppRecipientKind.PhoneNumber ? LimiterKey == other.LimiterKey : string.Equals(_value, other._value, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WhatsAppRecipient other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        Kind == WhatsAppRecipientKind.PhoneNumber ? HashCode.Combine(Kind, LimiterKey) : HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Value));

    /// <summary>The value as given.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>A recipient the send path can write; <c>default</c> is refused.</summary>
    internal WhatsAppRecipient EnsureSpecified() =>
        Kind != WhatsAppRecipientKind.None ? this : throw new WhatsAppValidationException("to", "to is required: the recipient's phone number with its country code (e.g. +16505551234), a business-scoped user id, or a group.");

    private static WhatsAppRecipient FromUserId(string value, string field)
    {
        var parent = BusinessScopedUserId.Check(value, field);
        return new(value, parent ? WhatsAppRecipientKind.ParentUserId : WhatsAppRecipientKind.UserId, BusinessScopedUserId.LimiterKey(value));
    }
}
