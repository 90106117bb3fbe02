using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// A screen of a flow (<c>screens[]</c>): an id, a title, its data model and the components of its layout. At least one
/// screen of a flow is <see cref="Terminal"/> (it ends the flow, from its Footer's complete action).
/// </summary>
public sealed class FlowScreen
{
    /// <summary>Creates a screen.</summary>
    /// <param name="id">The screen id: letters and underscores (e.g. <c>BOOKING</c>), unique in the flow; <c>SUCCESS</c> is reserved.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="id"/> is empty.</exception>
    public FlowScreen(string id)
    {
        Validate.NotEmpty(id, "screens.id");
        Id = id;
    }

    /// <summary>The screen id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The title in the screen's top bar (<c>title</c>). Default <see langword="null"/>: not written.</summary>
    public string? Title { get; init; }

    /// <summary>Whether the flow can end on this screen (<c>terminal</c>). Default <see langword="null"/>: not written (false).</summary>
    public bool? Terminal { get; init; }

    /// <summary>On a terminal screen: whether ending there is a success (<c>success</c>). Default <see langword="null"/>: not written (true).</summary>
    public bool? Success { get; init; }

    /// <summary>Whether going back to this screen asks the endpoint again (<c>refresh_on_back</c>, endpoint flows). Default <see langword="null"/>: not written.</summary>
    public bool? RefreshOnBack { get; init; }

    /// <summary>Fields masked in the response summary the user sees (<c>sensitive</c>, Flow JSON 5.1+). Default <see langword="null"/>: not written.</summary>
    public IReadOnlyList<string>? Sensitive { get; init => field = value is null ? null : Validate.ReadOnly(Validate.Copy(value, "screens.sensitive")); }

    /// <summary>
    /// The screen's data model (<c>data</c>): the fields its components read as <c>${data.NAME}</c>, each with an
    /// <c>__example__</c>. Default <see langword="null"/>: not written.
    /// </summary>
    public IReadOnlyDictionary<string, FlowDataSchema>? Data { get; init => field = value is null ? null : FlowDataSchema.Copy(value, "screens.data"); }

    /// <summary>The components of the screen (<c>layout.children</c>), top to bottom.</summary>
    public IReadOnlyList<FlowComponent> Layout { get; init => field = Validate.ReadOnly(Validate.Copy(value, "screens.layout.children")); } = [];

    /// <summary>The layout type (<c>layout.type</c>); Meta has one, <c>SingleColumnLayout</c>.</summary>
    public string LayoutType { get; init => field = Validate.OptionalNotEmpty(value, "screens.layout.type") ?? DefaultLayoutType; } = DefaultLayoutType;

    /// <summary>Properties this SDK does not type, written after the typed ones; the reader keeps the ones it does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get;
        init => field = FlowJsonWriting.CopyRest(value, nameof(AdditionalProperties));
    } = FlowJsonWriting.NoProperties;

    /// <summary>Untyped properties of the <c>layout</c> object, kept so a read screen round-trips.</summary>
    internal IReadOnlyDictionary<string, JsonElement> LayoutAdditionalProperties { get; private init; } = FlowJsonWriting.NoProperties;

    private const string DefaultLayoutType = "SingleColumnLayout";

    internal static FlowScreen Read(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{path} must be a JSON object.");
        }

        var r = new FlowObjectReader(json);
        var id = r.String("id");
        if (string.IsNullOrEmpty(id))
        {
            throw new JsonException($"{path}.id must be a non-empty string.");
        }

        var layout = r.Object("layout", static l => FlowReading.Typed(l, static layout => new LayoutParts(
            layout.String("type"),
            layout.Components("children") ?? throw FlowObjectReader.Missing("children"),
            layout.Rest()))) ?? throw new JsonException($"{path}.layout must be an object with a children array.");

        return new FlowScreen(id)
        {
            Title = r.String("title"),
            Terminal = r.PlainBool("terminal"),
            Success = r.PlainBool("success"),
            RefreshOnBack = r.PlainBool("refresh_on_back"),
            Sensitive = r.Strings("sensitive"),
            Data = r.Object("data", FlowDataSchema.ReadAll),
            Layout = layout.Children,
            LayoutType = layout.Type ?? DefaultLayoutType,
            LayoutAdditionalProperties = layout.Rest,
            AdditionalProperties = r.Rest(),
        };
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        FlowJsonWriting.String(writer, "title", Title);
        FlowJsonWriting.Bool(writer, "terminal", Terminal);
        FlowJsonWriting.Bool(writer, "success", Success);
        FlowJsonWriting.Bool(writer, "refresh_on_back", RefreshOnBack);
        FlowJsonWriting.Strings(writer, "sensitive", Sensitive);
        if (Data is not null)
        {
            writer.WritePropertyName("data");
            FlowDataSchema.WriteAll(writer, Data);
        }

        writer.WriteStartObject("layout");
        writer.WriteString("type", LayoutType);
        FlowJsonWriting.Components(writer, "children", Layout);
        FlowJsonWriting.Rest(writer, LayoutAdditionalProperties);
        writer.WriteEndObject();
        FlowJsonWriting.Rest(writer, AdditionalProperties);
        writer.WriteEndObject();
    }

    private sealed record LayoutParts(string? Type, IReadOnlyList<FlowComponent> Children, IReadOnlyDictionary<string, JsonElement> Rest);
}
