namespace CloudApi.Sdk.Webhooks;

/// <summary>A system notice about the user (<c>type: system</c>), e.g. they changed their number.</summary>
public sealed class SystemMessageReceived : InboundMessage
{
    internal SystemMessageReceived()
    {
    }

    /// <summary>The notice's text (<c>system.body</c>).</summary>
    public string? Body { get; internal init; }

    /// <summary>The notice's type (<c>system.type</c>): <c>user_changed_number</c>, <c>customer_changed_number</c>, <c>customer_identity_changed</c>, <c>user_changed_user_id</c>, ...</summary>
    public string? SystemType { get; internal init; }

    /// <summary>The user's new WhatsApp id (<c>system.wa_id</c>, or the older <c>new_wa_id</c>), after a number change.</summary>
    public string? NewWaId { get; internal init; }

    /// <summary>The user's new identity (<c>identity</c>), after an identity change.</summary>
    public UserIdentity? Identity { get; internal init; }

    /// <summary>The user's new business-scoped user id (<c>system.user_id</c>), after <c>user_changed_user_id</c>.</summary>
    public string? NewUserId { get; internal init; }
}

/// <summary>A user's identity after <c>customer_identity_changed</c>.</summary>
public sealed class UserIdentity
{
    internal UserIdentity(bool acknowledged, DateTimeOffset? createdAt, string? hash)
    {
        Acknowledged = acknowledged;
        CreatedAt = createdAt;
        Hash = hash;
    }

    /// <summary>Whether the identity was acknowledged (<c>acknowledged</c>).</summary>
    public bool Acknowledged { get; }

    /// <summary>When the identity was created (<c>created_timestamp</c>).</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The identity hash (<c>hash</c>).</summary>
    public string? Hash { get; }
}
