using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>
/// The business integration system-user token an Embedded Signup code was exchanged for (<c>GET /oauth/access_token</c>).
/// Store it as a secret: <see cref="ToString"/> never prints it, and the SDK never logs it.
/// </summary>
public sealed class BusinessToken : GraphResult
{
    internal BusinessToken(PartnerTokenExchangeWire wire, GraphSource source)
        : base(source)
    {
        AccessToken = wire.AccessToken ?? string.Empty;
        TokenType = wire.TokenType;
        ExpiresIn = wire.ExpiresIn is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <summary>The business's access token (<c>access_token</c>): give it to a client for that business (<see cref="WhatsAppTenant"/>).</summary>
    public string AccessToken { get; }

    /// <summary>The token type, <c>bearer</c> (<c>token_type</c>).</summary>
    public string? TokenType { get; }

    /// <summary>How long the token lives (<c>expires_in</c>); <see langword="null"/> when Meta sent none (a system-user token does not expire).</summary>
    public TimeSpan? ExpiresIn { get; }

    /// <summary>Describes the token without its value.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"BusinessToken {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn}, AccessToken = *** }}";
}
