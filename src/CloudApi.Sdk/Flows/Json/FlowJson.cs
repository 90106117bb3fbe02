using System.Buffers;
using System.Collections.ObjectModel;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;
using Check = CloudApi.Sdk.Validate;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// A WhatsApp Flow as Flow JSON: its screens, and for flows with an endpoint the data API version and routing model.
/// Build it in C#, or read one with <see cref="Parse(string)"/>; <see cref="Validate"/> lists every problem before
/// upload, <see cref="ToJson"/> writes the <c>flow.json</c> to upload. Immutable: every collection is copied.
/// </summary>
public sealed class FlowJson
{
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions IndentedOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The Flow JSON version written when none is set: <c>7.2</c>.</summary>
    public static string DefaultVersion => "7.2";

    /// <summary>The Flow JSON version (<c>version</c>). Default <see cref="DefaultVersion"/>.</summary>
    public string Version { get; init => field = Check.OptionalNotEmpty(value, "version") ?? DefaultVersion; } = DefaultVersion;

    /// <summary>
    /// The version of the endpoint's data API (<c>data_api_version</c>, <c>3.0</c>), for flows with an endpoint only.
    /// Default <see langword="null"/>: not written.
    /// </summary>
    public string? DataApiVersion { get; init => field = Check.OptionalNotEmpty(value, "data_api_version"); }

    /// <summary>
    /// For flows with an endpoint: the screens each screen can lead to (<c>routing_model</c>), e.g.
    /// <c>["BOOKING"] = ["CONFIRM"]</c>. Default <see langword="null"/>: not written.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? RoutingModel { get; init => field = value is null ? null : CopyRouting(value); }

    /// <summary>The screens (<c>screens</c>), the first one shown first.</summary>
    public IReadOnlyList<FlowScreen> Screens { get; init => field = Check.ReadOnly(Check.Copy(value, "screens")); } = [];

    /// <summary>Properties this SDK does not type, written after the typed ones; the reader keeps the ones it does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get;
        init => field = FlowJsonWriting.CopyRest(value, nameof(AdditionalProperties));
    } = FlowJsonWriting.NoProperties;

    /// <summary>
    /// Reads Flow JSON. Components, properties and actions this SDK does not know are kept as raw JSON, so writing the
    /// result back gives JSON equal to the input. The flow is not validated: call <see cref="Validate"/>.
    /// </summary>
    /// <param name="json">The Flow JSON text.</param>
    /// <returns>The flow.</returns>
    /// <exception cref="JsonException"><paramref name="json"/> is not JSON, or not a Flow (no <c>screens</c> array, a screen without an <c>id</c> or <c>layout</c>).</exception>
    public static FlowJson Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Parse(document.RootElement);
    }

    /// <summary>Reads Flow JSON from a JSON element (see <see cref="Parse(string)"/>).</summary>
    /// <param name="json">The Flow JSON object.</param>
    /// <returns>The flow.</returns>
    /// <exception cref="JsonException"><paramref name="json"/> is not a Flow.</exception>
    public static FlowJson Parse(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("Flow JSON must be a JSON object.");
        }

        var r = new FlowObjectReader(json);
        if (!json.TryGetProperty("screens", out var screens) || screens.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("Flow JSON must have a screens array.");
        }

        var read = new List<FlowScreen>(screens.GetArrayLength());
        foreach (var screen in screens.EnumerateArray())
        {
            read.Add(FlowScreen.Read(screen, $"screens[{read.Count}]"));
        }

        r.Skip("screens");
        if (json.TryGetProperty("version", out var version) && version.ValueKind != JsonValueKind.String)
        {
            throw new JsonException("The Flow JSON version must be a string (e.g. \"7.2\").");
        }

        return new FlowJson
        {
            Version = r.String("version") ?? DefaultVersion,
            DataApiVersion = r.String("data_api_version"),
            RoutingModel = r.Object("routing_model", ReadRouting),
            Screens = read,
            AdditionalProperties = r.Rest(),
        };
    }

    /// <summary>Writes the flow as Flow JSON text, the content of the <c>flow.json</c> asset.</summary>
    /// <param name="indented">Whether to indent the JSON for reading; compact by default.</param>
    /// <returns>The JSON.</returns>
    public string ToJson(bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the flow as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("version", Version);
        FlowJsonWriting.String(writer, "data_api_version", DataApiVersion);
        if (RoutingModel is not null)
        {
            writer.WriteStartObject("routing_model");
            foreach (var (screen, next) in RoutingModel)
            {
                FlowJsonWriting.Strings(writer, screen, next);
            }

            writer.WriteEndObject();
        }

        FlowJsonWriting.List(writer, "screens", Screens, static (w, s) => s.WriteTo(w));
        FlowJsonWriting.Rest(writer, AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Checks the flow before upload and lists every problem found (an empty list when there is none): unknown screens
    /// in navigate actions and the routing model, no terminal screen, duplicate screen ids and component names, more
    /// than one Footer, components outside their limits, a routing model without <c>data_api_version</c>, data fields
    /// without <c>__example__</c>, references to undeclared data or form fields.
    /// </summary>
    /// <returns>The problems, in document order.</returns>
    public IReadOnlyList<FlowJsonError> Validate() => FlowJsonValidation.Run(this);

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <exception cref="WhatsAppValidationException">
    /// The flow has a problem: <see cref="WhatsAppValidationException.Field"/> is the path of the first one, the message
    /// lists them all.
    /// </exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            var list = string.Join(Environment.NewLine, errors.Select(e => $"- {e}"));
            throw new WhatsAppValidationException(errors[0].Path, $"The Flow JSON has {errors.Count} problem(s):{Environment.NewLine}{list}", errors[0].Limit);
        }
    }

    private static ReadOnlyDictionary<string, IReadOnlyList<string>> CopyRouting(IReadOnlyDictionary<string, IReadOnlyList<string>> routing)
    {
        var copy = new Dictionary<string, IReadOnlyList<string>>(routing.Count, StringComparer.Ordinal);
        foreach (var (screen, next) in routing)
        {
            Check.NotEmpty(screen, "routing_model");
            copy[screen] = Check.ReadOnly(Check.Copy(next, $"routing_model.{screen}"));
        }

        return new(copy);
    }

    private static Dictionary<string, IReadOnlyList<string>>? ReadRouting(JsonElement json)
    {
        var routing = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String))
            {
                return null;
            }

            routing[property.Name] = Array.AsReadOnly(property.Value.EnumerateArray().Select(s => s.GetString()!).ToArray());
        }

        return routing;
    }
}
