using System.Text.Json;
using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Errors.Wire;

/// <summary>The <c>error</c> object of a Graph error answer, as Meta sends it.</summary>
internal sealed class GraphErrorWire
{
    /// <summary>A number as Meta documents it; read as text so that a string or an out-of-range value is not fatal.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Code { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorSubcode { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Type { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Message { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorUserTitle { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorUserMsg { get; set; }

    /// <summary>Usually <c>{"messaging_product","details"}</c>, but a plain string on some management errors.</summary>
    public JsonElement? ErrorData { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? FbtraceId { get; set; }

    /// <summary>A boolean in Meta's schemas; kept as sent so that another shape is ignored rather than fatal.</summary>
    public JsonElement? IsTransient { get; set; }
}
