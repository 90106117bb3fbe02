using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Conversations;

/// <summary>
/// How a user is named in conversations: a phone number reduced to its digits (its WhatsApp id, as Meta sends it in
/// <c>from</c>), or a business-scoped user id as it is.
/// </summary>
internal static class ConversationUser
{
    public static string Normalize(string user, string field)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            throw new WhatsAppValidationException(field, $"{field} is required: the user's phone number or business-scoped user id.");
        }

        var trimmed = user.Trim();
        return IsPhoneNumber(trimmed) ? string.Concat(trimmed.Where(char.IsAsciiDigit)) : trimmed;
    }

    /// <summary>The keys a message's sender is known by: its WhatsApp id and its business-scoped user id, when present.</summary>
    public static IEnumerable<string> KeysOf(InboundMessage message)
    {
        if (!string.IsNullOrEmpty(message.From))
        {
            yield return message.From;
        }

        if (!string.IsNullOrEmpty(message.FromUserId) && message.FromUserId != message.From)
        {
            yield return message.FromUserId;
        }
    }

    public static bool IsSender(InboundMessage message, string key) =>
        string.Equals(message.From, key, StringComparison.Ordinal) || string.Equals(message.FromUserId, key, StringComparison.Ordinal);

    /// <summary>The user to answer: the WhatsApp id, else the business-scoped user id.</summary>
    public static string? Of(InboundMessage message) =>
        !string.IsNullOrEmpty(message.From) ? message.From : string.IsNullOrEmpty(message.FromUserId) ? null : message.FromUserId;

    private static bool IsPhoneNumber(string value) =>
        value.Any(char.IsAsciiDigit) && value.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.');
}
