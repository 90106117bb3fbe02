using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.QrCodes.Wire;

/// <summary>A QR code as Meta answers it (alone, or as an item of <c>data</c>).</summary>
internal sealed class QrCodeWire
{
    public string? Code { get; set; }

    public string? PrefilledMessage { get; set; }

    public string? DeepLinkUrl { get; set; }

    public string? QrImageUrl { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset? CreationTime { get; set; }
}

/// <summary>The body of <c>POST /{phone-number-id}/message_qrdls</c>: a new code, or a change of an existing one.</summary>
internal sealed class QrCodeBodyWire
{
    public string? Code { get; set; }

    public string? PrefilledMessage { get; set; }

    public string? GenerateQrImage { get; set; }
}
