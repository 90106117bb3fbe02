using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners.Wire;

/// <summary>The answer of <c>GET /oauth/access_token</c> (an Embedded Signup code exchanged for a business token).</summary>
internal sealed class PartnerTokenExchangeWire
{
    public string? AccessToken { get; set; }

    public string? TokenType { get; set; }

    public long? ExpiresIn { get; set; }
}

/// <summary>The answer of <c>GET /debug_token</c>: everything is under <c>data</c>.</summary>
internal sealed class PartnerDebugTokenWire
{
    public PartnerTokenDataWire? Data { get; set; }
}

/// <summary>The <c>data</c> object of <c>GET /debug_token</c>.</summary>
internal sealed class PartnerTokenDataWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? AppId { get; set; }

    public string? Type { get; set; }

    public string? Application { get; set; }

    public long? DataAccessExpiresAt { get; set; }

    public long? ExpiresAt { get; set; }

    public bool? IsValid { get; set; }

    public long? IssuedAt { get; set; }

    public List<string>? Scopes { get; set; }

    public List<PartnerGranularScopeWire>? GranularScopes { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? UserId { get; set; }
}

/// <summary>An item of <c>granular_scopes</c>.</summary>
internal sealed class PartnerGranularScopeWire
{
    public string? Scope { get; set; }

    public List<string>? TargetIds { get; set; }
}
