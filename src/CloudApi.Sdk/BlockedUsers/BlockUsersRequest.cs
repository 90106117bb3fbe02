using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.BlockedUsers;

/// <summary>The users of one block or unblock call (<c>block_users[].user</c>), checked and copied when built.</summary>
public sealed class BlockUsersRequest
{
    /// <summary>The most users Meta keeps blocked on one number; a call cannot name more.</summary>
    public const int MaxBlockListSize = 64_000;

    /// <summary>Creates the request.</summary>
    /// <param name="users">Phone numbers with their country code (<c>+16505551234</c>) or WhatsApp ids (<c>16505551234</c>): 1 to
    /// <see cref="MaxBlockListSize"/>, each once.</param>
    /// <exception cref="WhatsAppValidationException">The list is empty or too long, or a user is not a phone number or appears twice.</exception>
    public BlockUsersRequest(IEnumerable<string> users)
    {
        var copy = Validate.Copy(users, "block_users");
        Validate.Count(copy.Length, 1, MaxBlockListSize, "block_users");
        for (var i = 0; i < copy.Length; i++)
        {
            RecipientPhoneNumber.Parse(copy[i], $"block_users[{i}].user");
        }

        Validate.Unique(copy, static user => user, "block_users");
        Users = Validate.ReadOnly(copy);
    }

    /// <summary>The users, as given.</summary>
    public IReadOnlyList<string> Users { get; }
}
