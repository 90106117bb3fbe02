namespace CloudApi.Sdk.BlockedUsers;

/// <summary>A user a block or unblock call changed (an item of <c>added_users</c> or <c>removed_users</c>).</summary>
public sealed class BlockedUserChange
{
    internal BlockedUserChange(string input, string? waId)
    {
        Input = input;
        WaId = waId;
    }

    /// <summary>The user as the request named them (<c>input</c>).</summary>
    public string Input { get; }

    /// <summary>The user's WhatsApp id (<c>wa_id</c>).</summary>
    public string? WaId { get; }
}
