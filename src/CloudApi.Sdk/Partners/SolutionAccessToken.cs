using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>
/// A granular business integration token of a solution for one business (<c>GET /{solution-id}/access_token</c>).
/// <see cref="ToString"/> never prints it.
/// </summary>
public sealed class SolutionAccessToken : GraphResult
{
    internal SolutionAccessToken(PartnerSolutionTokenWire wire, GraphSource source)
        : base(source)
    {
        AccessToken = wire.AccessToken ?? string.Empty;
        ExpiresAt = PartnerValues.UnixTime(wire.ExpiresAt);
    }

    /// <summary>The token (<c>access_token</c>).</summary>
    public string AccessToken { get; }

    /// <summary>When it expires (<c>expires_at</c>); <see langword="null"/> for never.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Describes the token without its value.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"SolutionAccessToken {{ ExpiresAt = {ExpiresAt:O}, AccessToken = *** }}";
}
