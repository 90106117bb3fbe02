using System.Text.Json;

namespace CloudApi.Sdk.Emulator.Flows;

/// <summary>What a business's Flows endpoint answered the <see cref="FlowEndpointDriver"/>: the HTTP status and, for a 200, the decrypted answer.</summary>
public sealed class FlowEndpointReply
{
    internal FlowEndpointReply(int statusCode, JsonElement? response)
    {
        StatusCode = statusCode;
        Response = response;
    }

    /// <summary>The HTTP status (200; 421 when the endpoint could not decrypt; 427 flow token refused; 432 bad signature; …).</summary>
    public int StatusCode { get; }

    /// <summary>The decrypted answer of a 200 (<c>{"screen":…,"data":{…}}</c>), or <see langword="null"/>.</summary>
    public JsonElement? Response { get; }

    /// <summary>The answer's <c>screen</c>, or <see langword="null"/>.</summary>
    public string? Screen => Response is { ValueKind: JsonValueKind.Object } response && response.TryGetProperty("screen", out var screen) && screen.ValueKind == JsonValueKind.String
        ? screen.GetString()
        : null;

    /// <summary>The answer's <c>data</c>, or <see cref="JsonValueKind.Undefined"/>.</summary>
    public JsonElement Data => Response is { ValueKind: JsonValueKind.Object } response && response.TryGetProperty("data", out var data) ? data : default;
}
