namespace CloudApi.Sdk.Business;

/// <summary>Optional settings of <see cref="IBusinessAccountsClient.SubscribeAppAsync"/>.</summary>
public sealed class SubscribeAppOptions
{
    /// <summary>The longest alternate callback URL Meta accepts.</summary>
    public const int MaxCallbackUriLength = 200;

    /// <summary><value>The WhatsApp Business Account id. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary>
    /// <value>An alternate https URL (up to 200 characters) that receives this account's webhooks instead of the app's
    /// (<c>override_callback_uri</c>). Default <see langword="null"/>: the app's callback. Requires <see cref="VerifyToken"/>.</value>
    /// </summary>
    public Uri? OverrideCallbackUri { get; init; }

    /// <summary><value>The verify token for <see cref="OverrideCallbackUri"/>'s handshake (<c>verify_token</c>). Never logged.</value></summary>
    public string? VerifyToken { get; init; }

    /// <summary>Describes the options without the verify token.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        $"SubscribeAppOptions {{ BusinessAccountId = {BusinessAccountId}, OverrideCallbackUri = {OverrideCallbackUri}, VerifyToken = {(VerifyToken is null ? "(not set)" : "***")} }}";
}
