namespace CloudApi.Sdk.Emulator;

/// <summary>
/// Configures a <see cref="WhatsAppEmulator"/>: who may call it, which business numbers and accounts exist,
/// how Meta's limits apply and where webhooks go. Bound from the <c>Emulator</c> section of appsettings.json in
/// standalone mode.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Gets the access tokens accepted in <c>Authorization: Bearer</c>.</summary>
    /// <value>Empty by default; when still empty at start, the single token <c>emulator-token</c> is accepted.</value>
    public IList<string> AccessTokens { get; } = [];

    /// <summary>Gets the business phone numbers that can send.</summary>
    /// <value>Empty by default; when still empty at start, one number (<see cref="EmulatedPhoneNumber"/> defaults) is created.</value>
    public IList<EmulatedPhoneNumber> PhoneNumbers { get; } = [];

    /// <summary>Gets the WhatsApp Business Accounts (WABAs).</summary>
    /// <value>Empty by default; when still empty at start, one WABA (<see cref="EmulatedBusinessAccount"/> defaults) is created.</value>
    public IList<EmulatedBusinessAccount> BusinessAccounts { get; } = [];

    /// <summary>Gets or sets the app secret that signs webhooks (<c>X-Hub-Signature-256</c>).</summary>
    /// <value>Default <c>emulator-app-secret</c>.</value>
    public string AppSecret { get; set; } = "emulator-app-secret";

    /// <summary>Gets or sets the URL webhooks are posted to.</summary>
    /// <value>Default <see langword="null"/>: no webhooks are sent.</value>
    public Uri? WebhookCallbackUri { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a free-form (non-template) message to a user who has not written to the
    /// business in the last 24 hours is refused with 131047.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool EnforceCustomerServiceWindow { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a template message whose name is not a stored template is refused with 132001.
    /// A template that is stored is always checked (language, approval, parameter count).
    /// </summary>
    /// <value>Default <see langword="false"/>: any unknown template name is accepted.</value>
    public bool RequireKnownTemplates { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether file handles must come from this emulator's Resumable Upload API: a template's
    /// media header example (<c>example.header_handle</c>) or a profile picture (<c>profile_picture_handle</c>) that is not a
    /// handle it issued is refused with Meta's error 100, subcode 2388273.
    /// </summary>
    /// <value>Default <see langword="false"/>: any non-empty handle is accepted (Meta's documented examples use handles of their own).</value>
    public bool RequireUploadedHandles { get; set; }

    /// <summary>Gets or sets how long a created template stays <c>PENDING</c> before it becomes <c>APPROVED</c>.</summary>
    /// <value>Default <see cref="TimeSpan.Zero"/>: approved from the first read after creation. Measured on <see cref="TimeProvider"/>.</value>
    public TimeSpan TemplateApprovalDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets the pair limit's burst: how many messages one user may receive at once.</summary>
    /// <value>Default 45 (Meta's documented burst). Range 1 or more.</value>
    public int PairLimitBurst { get; set; } = 45;

    /// <summary>Gets or sets the pair limit's interval: each message to one user is paid back after this long.</summary>
    /// <value>Default 6 seconds (Meta's documented rate). Must be positive.</value>
    public TimeSpan PairLimitInterval { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>Gets or sets the customer-service window opened by a user's inbound message.</summary>
    /// <value>Default 24 hours.</value>
    public TimeSpan CustomerServiceWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Gets the webhook delivery behaviour.</summary>
    /// <value>Retries on failure; no duplicate deliveries.</value>
    public EmulatorWebhookOptions Webhooks { get; } = new();

    /// <summary>Gets the faults active from the start (more can be added at run time through <see cref="WhatsAppEmulator.Faults"/>).</summary>
    /// <value>Empty by default.</value>
    public IList<EmulatorFault> Faults { get; } = [];

    /// <summary>Gets or sets the seed of the random source that decides rate-based faults and duplicate webhook deliveries.</summary>
    /// <value>Default 1, so runs are repeatable.</value>
    public int RandomSeed { get; set; } = 1;

    /// <summary>Gets or sets the largest accepted request body (media uploads).</summary>
    /// <value>Default 200 MB (Meta's largest media kind, documents, is 100 MB).</value>
    public long MaxRequestBodySize { get; set; } = 200L * 1024 * 1024;

    /// <summary>Gets or sets the loopback port the in-process emulator listens on (<see cref="WhatsAppEmulator.StartAsync"/>).</summary>
    /// <value>Default <see langword="null"/>: a free port. Range 1 to 65535. Standalone, <c>--urls</c> sets the address instead.</value>
    public int? Port { get; set; }

    /// <summary>
    /// Gets or sets where the emulator writes one line per message and webhook (Information) and per failed webhook
    /// delivery (Warning). Never the token, the app secret or message content.
    /// </summary>
    /// <value>
    /// Default <see langword="null"/>: in-process, nothing is logged; standalone, the host's console logger is used.
    /// </value>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Gets or sets the clock behind every limit, window, timestamp and delay.</summary>
    /// <value>Default <see cref="TimeProvider.System"/>; tests pass a FakeTimeProvider.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
