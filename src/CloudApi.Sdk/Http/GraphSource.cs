using System.Text.Json;

namespace CloudApi.Sdk.Http;

/// <summary>Where a <see cref="GraphResult"/> came from: its JSON (as bytes or as a parsed element) and the HTTP response.</summary>
internal readonly struct GraphSource
{
    private GraphSource(ReadOnlyMemory<byte> utf8Json, JsonElement? element, GraphResponse? response)
    {
        Utf8Json = utf8Json;
        Element = element;
        Response = response;
    }

    /// <summary>No JSON and no response: a nested object or a value built by the model factory without them.</summary>
    public static GraphSource None => default;

    public ReadOnlyMemory<byte> Utf8Json { get; }

    public JsonElement? Element { get; }

    public GraphResponse? Response { get; }

    /// <summary>Copies <paramref name="body"/> (the pooled response buffer goes back to the pool); it is parsed only when asked for.</summary>
    public static GraphSource FromBody(ReadOnlySpan<byte> body, GraphResponse response) => new(body.ToArray(), null, response);

    /// <summary>An element already parsed, e.g. an item of a list page.</summary>
    public static GraphSource FromElement(JsonElement element, GraphResponse? response) => new(default, element, response);

    /// <summary>What <see cref="WhatsAppModelFactory"/> gives a result: the JSON and the response the test passed, if any.</summary>
    public static GraphSource ForModel(JsonElement? rawJson, GraphResponse? response) => new(default, rawJson, response);
}
