namespace CloudApi.Sdk.Messages;

/// <summary>How a <see cref="WhatsAppRecipient"/> addresses its user or group, which decides how a send writes it.</summary>
public enum WhatsAppRecipientKind
{
    /// <summary><c>default(WhatsAppRecipient)</c>: names nobody; every send refuses it.</summary>
    None = 0,

    /// <summary>A phone number with its country code (or a WhatsApp id, its digits): written as <c>to</c>, <c>recipient_type: individual</c>.</summary>
    PhoneNumber = 1,

    /// <summary>A business-scoped user id (BSUID, e.g. <c>US.13491208655302741918</c>): written as <c>recipient</c>, <c>recipient_type: individual</c>.</summary>
    UserId = 2,

    /// <summary>A parent business-scoped user id (e.g. <c>US.ENT.11815799212886844830</c>): written as <c>recipient</c>, <c>recipient_type: individual</c>.</summary>
    ParentUserId = 3,

    /// <summary>A group id (Groups API): written as <c>to</c>, <c>recipient_type: group</c>.</summary>
    Group = 4,
}
