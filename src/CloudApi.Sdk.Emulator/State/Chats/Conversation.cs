namespace CloudApi.Sdk.Emulator.State.Chats;

/// <summary>A snapshot of one chat between a business number and a user (phone number or business-scoped user id).</summary>
internal sealed record Conversation(
    string PhoneNumberId,
    string User,
    string Address,
    string? ProfileName,
    IReadOnlyList<ChatEntry> Entries,
    DateTimeOffset? TypingSince)
{
    /// <summary>Gets the name shown for the user: the profile name, else the address the business wrote to.</summary>
    public string DisplayName => ProfileName ?? Address;

    public DateTimeOffset LastActivity => Entries.Count == 0 ? DateTimeOffset.MinValue : Entries[^1].At;

    public ChatEntry? Find(string id) => Entries.FirstOrDefault(e => e.Id == id);
}
