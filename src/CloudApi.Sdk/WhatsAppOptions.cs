namespace CloudApi.Sdk;

/// <summary>
/// Settings of one WhatsApp Cloud API client (one tenant). Bind them from configuration
/// (<c>services.AddWhatsAppCloudApi(configuration.GetSection("WhatsApp"))</c>) or set them in code.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> never prints <see cref="AccessToken"/> or <see cref="AppSecret"/>, so an options
/// object can be logged safely.
/// </remarks>
public sealed class WhatsAppOptions
{
    /// <summary>The Graph API version used when none is configured: the newest in the reference.</summary>
    public const string DefaultApiVersion = "v26.0";

    /// <summary>Meta's Graph API host, used when no <see cref="BaseAddress"/> is configured.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://graph.facebook.com/");

    /// <summary>
    /// <value>The system-user or user access token sent as <c>Authorization: Bearer</c>. Required.</value>
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// <value>The business phone-number id used by calls that are not given one (sending, media, registration).
    /// Digits only. Optional: every call also accepts its own.</value>
    /// </summary>
    public string? PhoneNumberId { get; set; }

    /// <summary>
    /// <value>The WhatsApp Business Account (WABA) id used by template, phone-number list and account calls
    /// that are not given one. Digits only. Optional.</value>
    /// </summary>
    public string? BusinessAccountId { get; set; }

    /// <summary>
    /// <value>The Meta app id that owns resumable-upload sessions (<c>POST /{app-id}/uploads</c>). Digits only. Optional:
    /// when neither this nor the call's own is set, uploads use Graph's <c>app</c> alias, the app the access token belongs to.</value>
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>
    /// <value>The Graph API version in the form <c>vNN.0</c>. Default <see cref="DefaultApiVersion"/>.</value>
    /// </summary>
    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>
    /// <value>The Graph host. Default <see cref="DefaultBaseAddress"/>; point it at the emulator or a proxy
    /// to send elsewhere. Must be an absolute http(s) URI.</value>
    /// </summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>
    /// <value>The app secret that signs webhooks (<c>X-Hub-Signature-256</c>). Needed only to receive webhooks.</value>
    /// </summary>
    public string? AppSecret { get; set; }

    /// <summary>
    /// <value>The verify token Meta echoes in the webhook verification handshake. Needed only to receive webhooks.</value>
    /// </summary>
    public string? VerifyToken { get; set; }

    /// <summary>
    /// <value>How long one HTTP attempt may take before it is abandoned. Default 30 seconds; 1 second to 10 minutes.</value>
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <value>How many times an idempotent call (GET, DELETE) is retried after a transient failure. Default 3; 0 to 10.
    /// Message sends are never retried here unless the request provably never left (see the rate-limit options for throttling).</value>
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// <value>Whether a send's span records its recipient (<c>whatsapp.recipient</c>). Default <see langword="false"/>: a phone
    /// number is personal data, and traces often go to systems with looser access. Message content is never recorded.</value>
    /// </summary>
    public bool RecordRecipientsInTelemetry { get; set; }

    /// <summary>Describes the options without their secrets.</summary>
    /// <returns>A description that names which secrets are set, never their values.</returns>
    public override string ToString() =>
        $"WhatsAppOptions {{ BaseAddress = {BaseAddress}, ApiVersion = {ApiVersion}, PhoneNumberId = {PhoneNumberId}, " +
        $"BusinessAccountId = {BusinessAccountId}, AppId = {AppId}, AccessToken = {Redacted(AccessToken)}, AppSecret = {Redacted(AppSecret)}, " +
        $"VerifyToken = {Redacted(VerifyToken)} }}";

    private static string Redacted(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";

    internal WhatsAppOptions Clone() => (WhatsAppOptions)MemberwiseClone();
}
