namespace CloudApi.Sdk.Partners;

/// <summary>
/// The server side of Embedded Signup: the browser gets the new business's WABA and number ids from the
/// <c>WA_EMBEDDED_SIGNUP</c> event and sends your server the code; the server exchanges the code for the business's token
/// (<see cref="ExchangeCodeAsync"/>), checks what it grants (<see cref="DebugTokenAsync"/>), then subscribes the app to the
/// WABA and registers the number with a client for that business (see <c>docs/tech-providers.md</c>).
/// </summary>
public interface IOnboardingClient
{
    /// <summary>
    /// Exchanges an Embedded Signup code for a business integration system-user token
    /// (<c>GET /oauth/access_token?client_id&amp;client_secret&amp;code</c>). The code is single-use and valid for 30 seconds:
    /// exchange it as soon as the browser sends it. The app secret travels in the query string; the SDK never logs the query,
    /// and neither the secret nor the code appears in exceptions. The request carries no Authorization header.
    /// </summary>
    /// <param name="code">The code from the Embedded Signup login callback.</param>
    /// <param name="options">The app id and secret (default <see cref="WhatsAppOptions.AppId"/> and <see cref="WhatsAppOptions.AppSecret"/>), and the redirect URI.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The business's token.</returns>
    /// <exception cref="WhatsAppValidationException">The code is empty, or no app id or secret is given or configured; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the code (used, expired, of another app) or the secret.</exception>
    Task<BusinessToken> ExchangeCodeAsync(string code, TokenExchangeOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inspects a token (<c>GET /debug_token?input_token</c>): its app, type, validity, expiry, scopes and the WABAs its
    /// granular scopes cover. Authorised with the app token when an app id and secret are given or configured, else with
    /// the client's token (see <see cref="DebugTokenOptions"/>).
    /// </summary>
    /// <param name="inputToken">The token to inspect; never logged.</param>
    /// <param name="options">The app id and secret; <see langword="null"/> for the configured ones.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What Meta knows of the token.</returns>
    /// <exception cref="WhatsAppValidationException">The token is empty; nothing was sent.</exception>
    Task<TokenInfo> DebugTokenAsync(string inputToken, DebugTokenOptions? options = null, CancellationToken cancellationToken = default);
}
