namespace CloudApi.Sdk.Uploads;

/// <summary>Optional settings of the resumable-upload calls.</summary>
public sealed class UploadRequestOptions
{
    /// <summary>The default <see cref="TransferTimeout"/>.</summary>
    public static readonly TimeSpan DefaultTransferTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The default <see cref="MaxResumeAttempts"/>.</summary>
    public const int DefaultMaxResumeAttempts = 3;

    /// <summary>
    /// <value>The Meta app that owns the session (<c>POST /{app-id}/uploads</c>); digits only. Default
    /// <see cref="WhatsAppOptions.AppId"/>, else Graph's <c>app</c> alias (the app of the access token). Used when a session is created.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The id is not digits only.</exception>
    public string? AppId
    {
        get;
        init => field = value is null || GraphIds.IsValid(value)
            ? value
            : throw new WhatsAppValidationException("app_id", $"app_id '{value}' is malformed: Graph ids are digits only.");
    }

    /// <summary>
    /// <value>How long one transfer of file bytes (<c>POST /upload:{session}</c>) may take, in place of
    /// <see cref="WhatsAppOptions.Timeout"/>, which is sized for small JSON calls. Default 10 minutes; 1 second to 24 hours,
    /// or <see cref="Timeout.InfiniteTimeSpan"/> to rely on the cancellation token alone.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public TimeSpan TransferTimeout
    {
        get;
        init => field = value == Timeout.InfiniteTimeSpan || (value >= TimeSpan.FromSeconds(1) && value <= TimeSpan.FromHours(24))
            ? value
            : throw new WhatsAppValidationException("TransferTimeout", $"TransferTimeout {value} is out of range (1 second to 24 hours, or infinite).");
    } = DefaultTransferTimeout;

    /// <summary>
    /// <value>How many times <see cref="IUploadsClient.UploadFileAsync"/> and <see cref="IUploadsClient.ResumeFileAsync"/>
    /// resume after an interrupted transfer (a broken connection, a timeout, a 5xx), each time from the offset Meta reports.
    /// Default 3; 0 to 10.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int MaxResumeAttempts
    {
        get;
        init
        {
            Validate.Range(value, 0, 10, "MaxResumeAttempts");
            field = value;
        }
    } = DefaultMaxResumeAttempts;
}
