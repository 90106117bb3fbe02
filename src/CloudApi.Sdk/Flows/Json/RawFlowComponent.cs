using System.Text.Json;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// A component kept as its JSON: a type this SDK does not know (e.g. from a newer Flow JSON version), or a known type
/// whose required properties could not be typed. Written back unchanged; <see cref="FlowJson.Validate"/> does not check
/// it beyond counting it.
/// </summary>
public sealed class RawFlowComponent : FlowComponent
{
    /// <summary>Creates a component from its JSON object.</summary>
    /// <param name="json">The whole component as a JSON object, including <c>type</c>.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="json"/> is not a JSON object.</exception>
    public RawFlowComponent(string json)
    {
        var value = FlowJsonValue.Parse(json);
        if (value.Kind != JsonValueKind.Object)
        {
            throw new WhatsAppValidationException("json", "A Flow JSON component must be a JSON object.");
        }

        RawJson = value.Json;
    }

    internal RawFlowComponent(JsonElement json)
    {
        RawJson = json;
    }

    /// <inheritdoc/>
    /// <remarks>The JSON's <c>type</c>, or an empty string when it has none.</remarks>
    public override string Type =>
        RawJson.ValueKind == JsonValueKind.Object && RawJson.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()!
            : string.Empty;

    /// <summary>The component's JSON, as text.</summary>
    public string Json => RawJson.GetRawText();

    /// <summary>The component's JSON.</summary>
    public JsonElement RawJson { get; }

    /// <summary>The <c>name</c> a raw component declares, so a duplicate of it is still found.</summary>
    internal override string? InputName =>
        RawJson.ValueKind == JsonValueKind.Object && RawJson.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    internal override void WriteTo(Utf8JsonWriter writer) => RawJson.WriteTo(writer);

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
    }
}
