using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Groups;

/// <summary>The users of one add or remove participants call (<c>participants[].user</c>), checked and copied when built.</summary>
public sealed class GroupParticipantsRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="users">Phone numbers with their country code (<c>+16505551234</c>) or WhatsApp ids (<c>16505551234</c>): 1 to
    /// <see cref="GroupLimits.MaxParticipants"/>, each once (Meta answers 131202 for a duplicate).</param>
    /// <exception cref="WhatsAppValidationException">The list is empty or too long, or a user is not a phone number or appears twice.</exception>
    public GroupParticipantsRequest(IEnumerable<string> users)
    {
        var copy = Validate.Copy(users, "participants");
        Validate.Count(copy.Length, 1, GroupLimits.MaxParticipants, "participants");
        var digits = new long[copy.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            digits[i] = RecipientPhoneNumber.Parse(copy[i], $"participants[{i}].user");
        }

        for (var i = 1; i < digits.Length; i++)
        {
            if (Array.IndexOf(digits, digits[i], 0, i) >= 0)
            {
                throw new WhatsAppValidationException("participants", $"participants names {copy[i]} more than once.");
            }
        }

        Users = Validate.ReadOnly(copy);
    }

    /// <summary>The users, as given.</summary>
    public IReadOnlyList<string> Users { get; }
}
