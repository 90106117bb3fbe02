namespace CloudApi.Sdk.Business;

/// <summary>
/// The alternate callback of a webhook subscription (<c>POST /{waba-id}/subscribed_apps</c> with
/// <c>override_callback_uri</c> and <c>verify_token</c>), checked when it is built.
/// </summary>
public sealed class SubscribeAppRequest
{
    /// <summary>The longest alternate callback URL Meta accepts.</summary>
    public const int MaxCallbackUriLength = 200;

    /// <summary>Creates the subscription's alternate callback.</summary>
    /// <param name="overrideCallbackUri">An https URL (up to 200 characters) that receives this account's webhooks instead of the app's.</param>
    /// <param name="verifyToken">The verify token of the URL's handshake. Never logged, never in <see cref="ToString"/>.</param>
    /// <exception cref="WhatsAppValidationException">The URL is not https or too long, or the token is empty.</exception>
    public SubscribeAppRequest(Uri overrideCallbackUri, string verifyToken)
    {
        Validate.HttpUri(overrideCallbackUri, "override_callback_uri");
        if (overrideCallbackUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new WhatsAppValidationException("override_callback_uri", "override_callback_uri must be an https URL.");
        }

        Validate.MaxLength(overrideCallbackUri.AbsoluteUri, MaxCallbackUriLength, "override_callback_uri");
        if (string.IsNullOrWhiteSpace(verifyToken))
        {
            throw new WhatsAppValidationException("verify_token", "verify_token is required with override_callback_uri.");
        }

        OverrideCallbackUri = overrideCallbackUri;
        VerifyToken = verifyToken;
    }

    /// <summary>The alternate callback URL (<c>override_callback_uri</c>).</summary>
    public Uri OverrideCallbackUri { get; }

    /// <summary>The verify token (<c>verify_token</c>).</summary>
    public string VerifyToken { get; }

    /// <summary>Describes the request without the verify token.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"SubscribeAppRequest {{ OverrideCallbackUri = {OverrideCallbackUri}, VerifyToken = *** }}";
}
