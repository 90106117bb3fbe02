using System.Text.Json;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>
/// The base of every result the SDK reads from a Graph answer. Besides its typed properties, a result keeps the JSON it
/// was read from (<see cref="RawJson"/>), so a field the SDK does not model yet is never lost, and the HTTP response
/// (<see cref="Response"/>) with its status, headers and trace id.
/// </summary>
/// <remarks>Results are built by the SDK; to fake one in a test, use <see cref="WhatsAppModelFactory"/>.</remarks>
public abstract class GraphResult
{
    private readonly ReadOnlyMemory<byte> _utf8Json;
    private object? _rawJson;

    private protected GraphResult(GraphSource source)
    {
        _utf8Json = source.Utf8Json;
        _rawJson = source.Element is { } element ? element : null;
        Response = source.Response;
    }

    /// <summary>
    /// The JSON object this result was read from, exactly as Meta sent it: an item of a list is its own object, not the page.
    /// Its <see cref="JsonElement.ValueKind"/> is <see cref="JsonValueKind.Undefined"/> for a result that was not read
    /// from JSON (a test double built without one).
    /// </summary>
    public JsonElement RawJson
    {
        get
        {
            // The boxed element is published with one reference write, so concurrent readers never see a torn struct.
            if (_rawJson is JsonElement parsed)
            {
                return parsed;
            }

            if (_utf8Json.IsEmpty)
            {
                return default;
            }

            var reader = new Utf8JsonReader(_utf8Json.Span);
            var element = JsonElement.ParseValue(ref reader);
            _rawJson = element;
            return element;
        }
    }

    /// <summary>The HTTP response this result came in, or <see langword="null"/> for a result built without one.</summary>
    public GraphResponse? Response { get; }

    /// <summary>The message id a send's span records (<c>messaging.message.id</c>); <see langword="null"/> for results of other calls.</summary>
    internal virtual string? TelemetryMessageId => null;
}
