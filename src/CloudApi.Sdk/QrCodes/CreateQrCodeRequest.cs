namespace CloudApi.Sdk.QrCodes;

/// <summary>A new QR code (<c>POST /{phone-number-id}/message_qrdls</c>).</summary>
public sealed class CreateQrCodeRequest
{
    /// <summary>The longest prefilled message.</summary>
    public const int MaxPrefilledMessageLength = 140;

    /// <summary>Creates the request.</summary>
    /// <param name="prefilledMessage">The message typed in for the user (<c>prefilled_message</c>), 1 to 140 characters.</param>
    /// <exception cref="WhatsAppValidationException">The message is empty or too long.</exception>
    public CreateQrCodeRequest(string prefilledMessage)
    {
        Validate.Text(prefilledMessage, MaxPrefilledMessageLength, "prefilled_message");
        PrefilledMessage = prefilledMessage;
    }

    /// <summary>The message typed in for the user (<c>prefilled_message</c>).</summary>
    public string PrefilledMessage { get; }

    /// <summary>
    /// <value>The format of the image Meta makes (<c>generate_qr_image</c>), returned in <see cref="QrCode.QrImageUrl"/>.
    /// Default <see langword="null"/>: no image, only the link.</value>
    /// </summary>
    public QrImageFormat? ImageFormat { get; init; }
}
