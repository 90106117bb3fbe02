namespace CloudApi.Sdk.QrCodes;

/// <summary>Optional settings of a call on one QR code (every call of <see cref="IQrCodesClient"/> but the list).</summary>
public sealed class QrCodeRequestOptions
{
    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value>For <see cref="IQrCodesClient.GetAsync"/>: the format of the image URL to read (<c>qr_image_url.format(...)</c>);
    /// other calls ignore it. Default <see langword="null"/>: no image URL.</value>
    /// </summary>
    public QrImageFormat? ImageFormat { get; init; }
}
