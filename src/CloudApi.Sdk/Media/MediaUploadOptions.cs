namespace CloudApi.Sdk.Media;

/// <summary>Optional settings of <see cref="IMediaClient.UploadAsync"/>.</summary>
public sealed class MediaUploadOptions
{
    /// <summary>The longest file name sent with a file.</summary>
    public const int MaxFileNameLength = 255;

    /// <summary><value>The business phone-number id that uploads (and may send) the media. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value>The file name sent with the file, up to 255 characters; quotes, backslashes, control and non-ASCII characters
    /// are replaced by <c>_</c>. Default <see langword="null"/>: <c>file</c>.</value>
    /// </summary>
    public string? FileName { get; init; }
}
