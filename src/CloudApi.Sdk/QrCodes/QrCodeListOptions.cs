namespace CloudApi.Sdk.QrCodes;

/// <summary>Optional settings of <see cref="IQrCodesClient.ListAsync"/>.</summary>
public sealed class QrCodeListOptions
{
    /// <summary>The largest page Meta serves.</summary>
    public const int MaxPageSize = 25;

    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary><value>Codes per page (<c>limit</c>). Default <see langword="null"/>: Meta's default (25); 1 to 25.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize
    {
        get;
        init => field = Validate.OptionalRange(value, 1, MaxPageSize, "limit");
    }

    /// <summary><value>The format of the image URLs to read (<c>qr_image_url.format(...)</c>). Default <see langword="null"/>: no image URLs.</value></summary>
    public QrImageFormat? ImageFormat { get; init; }
}
