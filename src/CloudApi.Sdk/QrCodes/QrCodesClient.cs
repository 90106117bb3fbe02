using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.QrCodes.Wire;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.QrCodes;

/// <summary>QR-code calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class QrCodesClient : IQrCodesClient
{
    private const string Fields = "code,prefilled_message,deep_link_url,creation_time";

    private static readonly ResponseParser<QrCode> ParseCode = ReadCode;

    private readonly GraphConnection _graph;

    public QrCodesClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<QrCode> CreateAsync(CreateQrCodeRequest request, QrCodeRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        return PostAsync(new QrCodeBodyWire { PrefilledMessage = request.PrefilledMessage, GenerateQrImage = request.ImageFormat?.Value }, options, cancellationToken);
    }

    public Task<QrCode> UpdateAsync(string code, string prefilledMessage, QrCodeRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckCode(code);
        Validate.Text(prefilledMessage, CreateQrCodeRequest.MaxPrefilledMessageLength, "prefilled_message");
        return PostAsync(new QrCodeBodyWire { Code = code, PrefilledMessage = prefilledMessage }, options, cancellationToken);
    }

    public GraphPageable<QrCode> ListAsync(QrCodeListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(PhoneNumberId(options?.PhoneNumberId) + "/message_qrdls")
            .Add("fields", FieldsWith(options?.ImageFormat))
            .Add("limit", options?.PageSize)
            .ToString();
        return new GraphPagedList<QrCodeWire, QrCode>(_graph, path, WhatsAppJsonContext.Default.QrCodeWire, static (wire, source) => new QrCode(wire, source), cancellationToken);
    }

    public Task<QrCode> GetAsync(string code, QrCodeRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckCode(code);
        var path = new GraphQuery(PhoneNumberId(options?.PhoneNumberId) + "/message_qrdls/" + code).Add("fields", FieldsWith(options?.ImageFormat)).ToString();
        return _graph.SendAsync(new HttpRequestMessage(HttpMethod.Get, _graph.CreateUri(path)), ParseCode, cancellationToken);
    }

    public Task DeleteAsync(string code, QrCodeRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckCode(code);
        return _graph.DeleteForSuccessAsync(PhoneNumberId(options?.PhoneNumberId) + "/message_qrdls/" + code, cancellationToken);
    }

    /// <summary>
    /// Meta's codes are upper-case letters and digits (the spec says 14 of <c>A-Z2-7</c>, its own examples hold a <c>1</c>):
    /// the check refuses what cannot be a code, without guessing the exact alphabet.
    /// </summary>
    internal static void CheckCode(string? code)
    {
        Validate.NotEmpty(code, "code");
        if (code!.Length > 32 || !code.All(static c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            throw new WhatsAppValidationException("code", $"code '{code}' is not a QR code: codes are upper-case letters and digits, e.g. ANED2T5QRU7HG1.");
        }
    }

    private Task<QrCode> PostAsync(QrCodeBodyWire body, QrCodeRequestOptions? options, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(PhoneNumberId(options?.PhoneNumberId) + "/message_qrdls"))
        {
            Content = PooledJsonContent.Create(body, static (writer, state) => JsonSerializer.Serialize(writer, state, WhatsAppJsonContext.Default.QrCodeBodyWire)),
        };
        return _graph.SendAsync(request, ParseCode, cancellationToken);
    }

    private static string FieldsWith(QrImageFormat? format) =>
        format is { } image ? Fields + ",qr_image_url.format(" + image.Value + ")" : Fields;

    /// <summary>Reads a code answered alone or, as Meta's examples of the single-code read show, as the first item of <c>data</c>.</summary>
    private static QrCode ReadCode(ReadOnlySpan<byte> body, GraphResponse response)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var element = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data"u8, out var data) && data.ValueKind == JsonValueKind.Array
            ? data.EnumerateArray().FirstOrDefault()
            : root;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new WhatsAppException("The Graph API answered the QR code request without a code.");
        }

        var item = element.Clone();
        return new QrCode(item.Deserialize(WhatsAppJsonContext.Default.QrCodeWire)!, GraphSource.FromElement(item, response));
    }

    private string PhoneNumberId(string? id) =>
        GraphIds.Resolve(id, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
}
