namespace CloudApi.Sdk.Partners;

/// <summary>
/// Optional settings of <see cref="IOnboardingClient.DebugTokenAsync"/>. With an app id and secret (here or in
/// <see cref="WhatsAppOptions"/>) the call is authorised with the app token (<c>{app-id}|{app-secret}</c>), which can inspect
/// any token of the app; without them, with the client's own token. <see cref="ToString"/> never prints the secret.
/// </summary>
public sealed class DebugTokenOptions
{
    /// <summary><value>The app. Default: <see cref="WhatsAppOptions.AppId"/>.</value></summary>
    public string? AppId { get; init; }

    /// <summary><value>The app secret. Default: <see cref="WhatsAppOptions.AppSecret"/>. Never logged.</value></summary>
    public string? AppSecret { get; init; }

    /// <summary>Describes the options without the secret.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"DebugTokenOptions {{ AppId = {AppId}, AppSecret = {(string.IsNullOrEmpty(AppSecret) ? "(not set)" : "***")} }}";
}
