namespace CloudApi.Sdk.Partners;

/// <summary>Optional settings of <see cref="IOnboardingClient.ExchangeCodeAsync"/>. <see cref="ToString"/> never prints the secret.</summary>
public sealed class TokenExchangeOptions
{
    /// <summary><value>The app that ran Embedded Signup (<c>client_id</c>). Default: <see cref="WhatsAppOptions.AppId"/>.</value></summary>
    public string? AppId { get; init; }

    /// <summary><value>The app secret (<c>client_secret</c>). Default: <see cref="WhatsAppOptions.AppSecret"/>. Never logged.</value></summary>
    public string? AppSecret { get; init; }

    /// <summary><value>The redirect URI of the login dialog, when it used one (<c>redirect_uri</c>). Default: none.</value></summary>
    public Uri? RedirectUri { get; init; }

    /// <summary>Describes the options without the secret.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        $"TokenExchangeOptions {{ AppId = {AppId}, AppSecret = {(string.IsNullOrEmpty(AppSecret) ? "(not set)" : "***")}, RedirectUri = {RedirectUri} }}";
}
