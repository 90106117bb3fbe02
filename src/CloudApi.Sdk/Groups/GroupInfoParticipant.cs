namespace CloudApi.Sdk.Groups;

/// <summary>A participant of a group (an item of <c>participants</c> of <c>GET /{group-id}</c>).</summary>
public sealed class GroupInfoParticipant
{
    internal GroupInfoParticipant(string waId)
    {
        WaId = waId;
    }

    /// <summary>The participant's WhatsApp id (<c>wa_id</c>).</summary>
    public string WaId { get; }
}
