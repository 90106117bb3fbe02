using CloudApi.Sdk.Http;
using CloudApi.Sdk.QrCodes.Wire;

namespace CloudApi.Sdk.QrCodes;

/// <summary>A message QR code and its short link.</summary>
public sealed class QrCode : GraphResult
{
    internal QrCode(string code, string? prefilledMessage, Uri? deepLinkUrl, Uri? qrImageUrl, DateTimeOffset? createdTime, GraphSource source)
        : base(source)
    {
        Code = code;
        PrefilledMessage = prefilledMessage;
        DeepLinkUrl = deepLinkUrl;
        QrImageUrl = qrImageUrl;
        CreatedTime = createdTime;
    }

    internal QrCode(QrCodeWire wire, GraphSource source)
        : this(wire.Code ?? string.Empty, wire.PrefilledMessage, Absolute(wire.DeepLinkUrl), Absolute(wire.QrImageUrl), wire.CreationTime, source)
    {
    }

    /// <summary>The code (<c>code</c>), e.g. <c>ANED2T5QRU7HG1</c>; it identifies the QR code in the other calls.</summary>
    public string Code { get; }

    /// <summary>The message typed in for the user (<c>prefilled_message</c>).</summary>
    public string? PrefilledMessage { get; }

    /// <summary>The short link (<c>deep_link_url</c>), e.g. <c>https://wa.me/message/ANED2T5QRU7HG1</c>.</summary>
    public Uri? DeepLinkUrl { get; }

    /// <summary>The image's URL (<c>qr_image_url</c>), when an image format was asked for.</summary>
    public Uri? QrImageUrl { get; }

    /// <summary>When the code was created (<c>creation_time</c>), when Meta sent it.</summary>
    public DateTimeOffset? CreatedTime { get; }

    private static Uri? Absolute(string? value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
}
