namespace CloudApi.Sdk.Media;

/// <summary>Optional settings of <see cref="IMediaClient.UploadAsync"/>.</summary>
public sealed class MediaUploadOptions
{
    /// <summary><value>The business phone-number id that uploads (and may send) the media. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }
}
