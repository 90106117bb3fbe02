using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>What Meta knows of an access token (<c>GET /debug_token</c>): its app, type, validity, expiry, scopes and the objects they cover.</summary>
public sealed class TokenInfo : GraphResult
{
    /// <summary>The scope of WhatsApp account management; its targets are the WABAs the token manages.</summary>
    public const string BusinessManagementScope = "whatsapp_business_management";

    /// <summary>The scope of WhatsApp messaging; its targets are the WABAs the token sends for.</summary>
    public const string BusinessMessagingScope = "whatsapp_business_messaging";

    internal TokenInfo(PartnerDebugTokenWire wire, GraphSource source)
        : base(source)
    {
        var data = wire.Data ?? new PartnerTokenDataWire();
        AppId = data.AppId;
        Type = data.Type;
        Application = data.Application;
        IsValid = data.IsValid ?? false;
        ExpiresAt = PartnerValues.UnixTime(data.ExpiresAt);
        DataAccessExpiresAt = PartnerValues.UnixTime(data.DataAccessExpiresAt);
        IssuedAt = PartnerValues.UnixTime(data.IssuedAt);
        Scopes = PartnerValues.Strings(data.Scopes);
        GranularScopes = data.GranularScopes is null
            ? []
            : [.. data.GranularScopes.Select(static s => new GranularScope(s.Scope ?? string.Empty, PartnerValues.Strings(s.TargetIds)))];
        UserId = data.UserId;
    }

    /// <summary>The app the token belongs to (<c>app_id</c>).</summary>
    public string? AppId { get; }

    /// <summary>The token's kind, e.g. <c>SYSTEM_USER</c>, <c>USER</c>, <c>APP</c> (<c>type</c>).</summary>
    public string? Type { get; }

    /// <summary>The app's name (<c>application</c>).</summary>
    public string? Application { get; }

    /// <summary>Whether the token can be used (<c>is_valid</c>).</summary>
    public bool IsValid { get; }

    /// <summary>When the token expires (<c>expires_at</c>); <see langword="null"/> when it never does (Meta sends 0).</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>When data access expires (<c>data_access_expires_at</c>); <see langword="null"/> for never.</summary>
    public DateTimeOffset? DataAccessExpiresAt { get; }

    /// <summary>When the token was issued (<c>issued_at</c>).</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>The permissions granted (<c>scopes</c>).</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The permissions limited to some objects (<c>granular_scopes</c>).</summary>
    public IReadOnlyList<GranularScope> GranularScopes { get; }

    /// <summary>The user or system user the token acts as (<c>user_id</c>).</summary>
    public string? UserId { get; }

    /// <summary>The WABAs the token was granted (targets of <see cref="BusinessManagementScope"/> and <see cref="BusinessMessagingScope"/>), each once.</summary>
    public IReadOnlyList<string> BusinessAccountIds =>
        [.. GranularScopes.Where(static s => s.Scope is BusinessManagementScope or BusinessMessagingScope).SelectMany(static s => s.TargetIds).Distinct(StringComparer.Ordinal)];

    /// <summary>The target ids of one scope.</summary>
    /// <param name="scope">The scope, e.g. <see cref="BusinessManagementScope"/>.</param>
    /// <returns>Its targets; empty when the token does not have it granularly.</returns>
    public IReadOnlyList<string> TargetIdsOf(string scope) =>
        [.. GranularScopes.Where(s => string.Equals(s.Scope, scope, StringComparison.Ordinal)).SelectMany(static s => s.TargetIds)];
}
