namespace CloudApi.Sdk.Webhooks;

/// <summary>A system notice about the user (<c>type: system</c>), e.g. they changed their number.</summary>
public sealed record SystemMessageReceived : InboundMessage
{
    /// <summary>The notice's text (<c>system.body</c>).</summary>
    public string? Body { get; init; }

    /// <summary>The notice's type (<c>system.type</c>): <c>user_changed_number</c>, <c>customer_changed_number</c>, <c>customer_identity_changed</c>, <c>user_changed_user_id</c>, ...</summary>
    public string? SystemType { get; init; }

    /// <summary>The user's new WhatsApp id (<c>system.wa_id</c>, or the older <c>new_wa_id</c>), after a number change.</summary>
    public string? NewWaId { get; init; }

    /// <summary>The user's new identity (<c>identity</c>), after an identity change.</summary>
    public UserIdentity? Identity { get; init; }
}

/// <summary>A user's identity after <c>customer_identity_changed</c>.</summary>
/// <param name="Acknowledged">Whether the identity was acknowledged (<c>acknowledged</c>).</param>
/// <param name="CreatedAt">When the identity was created (<c>created_timestamp</c>).</param>
/// <param name="Hash">The identity hash (<c>hash</c>).</param>
public sealed record UserIdentity(bool Acknowledged, DateTimeOffset? CreatedAt, string? Hash);
