using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.QrCodes;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the QR-code calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="QrCodes.QrCode"/> as <see cref="IQrCodesClient"/> would answer it.</summary>
    /// <param name="code">The code (<c>code</c>).</param>
    /// <param name="prefilledMessage">The prefilled message (<c>prefilled_message</c>).</param>
    /// <param name="deepLinkUrl">The short link (<c>deep_link_url</c>).</param>
    /// <param name="qrImageUrl">The image URL (<c>qr_image_url</c>).</param>
    /// <param name="createdTime">When it was created (<c>creation_time</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static QrCode QrCode(
        string code, string? prefilledMessage = null, Uri? deepLinkUrl = null, Uri? qrImageUrl = null, DateTimeOffset? createdTime = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(code, prefilledMessage, deepLinkUrl, qrImageUrl, createdTime, GraphSource.ForModel(rawJson, response));
}
