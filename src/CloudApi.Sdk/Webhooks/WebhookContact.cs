namespace CloudApi.Sdk.Webhooks;

/// <summary>A user's profile sent with inbound messages (<c>value.contacts[]</c>).</summary>
public sealed class WebhookContact
{
    internal WebhookContact()
    {
    }

    /// <summary>The user's WhatsApp id (<c>wa_id</c>), their normalized number; absent for users known only by <see cref="UserId"/>.</summary>
    public string? WaId { get; internal init; }

    /// <summary>The business-scoped user id (<c>user_id</c>, BSUID), e.g. <c>US.1349...</c>.</summary>
    public string? UserId { get; internal init; }

    /// <summary>The parent business-scoped user id (<c>parent_user_id</c>).</summary>
    public string? ParentUserId { get; internal init; }

    /// <summary>The profile name the user chose (<c>profile.name</c>).</summary>
    public string? Name { get; internal init; }

    /// <summary>The user's username (<c>profile.username</c>): for display only; it can change at any time and cannot be addressed (send to <see cref="WaId"/> or <see cref="UserId"/>).</summary>
    public string? Username { get; internal init; }

    /// <summary>The user's identity key hash (<c>identity_key_hash</c>).</summary>
    public string? IdentityKeyHash { get; internal init; }
}
