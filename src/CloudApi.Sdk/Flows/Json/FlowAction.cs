using System.Collections.ObjectModel;
using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// What happens when the user taps a Footer, an EmbeddedLink, an OptIn link or a row, or selects an item
/// (<c>on-click-action</c>, <c>on-select-action</c>…): <see cref="Navigate"/>, <see cref="DataExchange"/>,
/// <see cref="Complete"/>, <see cref="UpdateData"/> or <see cref="OpenUrl(Uri)"/>. Payload values are usually dynamic
/// references (<c>${form.email}</c>, see <see cref="FlowReference"/>).
/// </summary>
public sealed class FlowAction
{
    private static readonly IReadOnlyDictionary<string, FlowJsonValue> NoPayload =
        new ReadOnlyDictionary<string, FlowJsonValue>(new Dictionary<string, FlowJsonValue>());

    /// <summary>Creates an action by name (for an action this SDK has no factory for); prefer the factories.</summary>
    /// <param name="name">The action's <c>name</c>.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="name"/> is empty.</exception>
    public FlowAction(FlowActionName name)
    {
        Validate.NotEmpty(name.Value, "action.name");
        Name = name;
    }

    /// <summary>The kind of action (<c>name</c>).</summary>
    public FlowActionName Name { get; }

    /// <summary>For navigate: the screen to go to (<c>next.name</c>). Default <see langword="null"/>: no <c>next</c>.</summary>
    public string? NextScreen { get => field; init => field = Validate.OptionalNotEmpty(value, "action.next.name"); }

    /// <summary>For navigate: the kind of target (<c>next.type</c>); <c>screen</c> when <see cref="NextScreen"/> is set.</summary>
    public string NextType { get => field; init => field = Validate.OptionalNotEmpty(value, "action.next.type") ?? "screen"; } = "screen";

    /// <summary>
    /// The data sent with the action (<c>payload</c>): the next screen's data for navigate, the request's data for
    /// data_exchange, the reply for complete, the new values for update_data. Default <see langword="null"/>: not written.
    /// </summary>
    public IReadOnlyDictionary<string, FlowJsonValue>? Payload
    {
        get;
        init => field = value is null ? null : CopyPayload(value);
    }

    /// <summary>For open_url: the link (<c>url</c>). Default <see langword="null"/>: not written.</summary>
    public Uri? Url { get; init; }

    /// <summary>Properties this SDK does not type, written after the typed ones; the reader keeps the ones it does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get;
        init => field = FlowJsonWriting.CopyRest(value, nameof(AdditionalProperties));
    } = FlowJsonWriting.NoProperties;

    /// <summary>Goes to another screen of the flow (<c>navigate</c>).</summary>
    /// <param name="screen">The id of the next screen.</param>
    /// <param name="payload">The next screen's data (e.g. <c>["name"] = "${form.name}"</c>); empty when <see langword="null"/>.</param>
    /// <returns>The action.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="screen"/> is empty.</exception>
    public static FlowAction Navigate(string screen, IReadOnlyDictionary<string, FlowJsonValue>? payload = null)
    {
        Validate.NotEmpty(screen, "action.next.name");
        return new(FlowActionName.Navigate) { NextScreen = screen, Payload = payload ?? NoPayload };
    }

    /// <summary>Sends data to the business endpoint, which answers with the next screen (<c>data_exchange</c>).</summary>
    /// <param name="payload">The data sent; empty when <see langword="null"/>.</param>
    /// <returns>The action.</returns>
    public static FlowAction DataExchange(IReadOnlyDictionary<string, FlowJsonValue>? payload = null) =>
        new(FlowActionName.DataExchange) { Payload = payload ?? NoPayload };

    /// <summary>Ends the flow; the payload reaches the chat as the user's reply (<c>complete</c>).</summary>
    /// <param name="payload">The reply's data; empty when <see langword="null"/>.</param>
    /// <returns>The action.</returns>
    public static FlowAction Complete(IReadOnlyDictionary<string, FlowJsonValue>? payload = null) =>
        new(FlowActionName.Complete) { Payload = payload ?? NoPayload };

    /// <summary>Changes the screen's data on the device, without a request (<c>update_data</c>, Flow JSON 6.0+).</summary>
    /// <param name="payload">The data fields to set.</param>
    /// <returns>The action.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="payload"/> is <see langword="null"/>.</exception>
    public static FlowAction UpdateData(IReadOnlyDictionary<string, FlowJsonValue> payload) =>
        new(FlowActionName.UpdateData) { Payload = Validate.NotNull(payload, "action.payload") };

    /// <summary>Opens a link (<c>open_url</c>, Flow JSON 6.0+; EmbeddedLink and OptIn only).</summary>
    /// <param name="url">An absolute http or https link.</param>
    /// <returns>The action.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="url"/> is not an absolute http or https URI.</exception>
    public static FlowAction OpenUrl(Uri url)
    {
        Validate.HttpUri(url, "action.url");
        return new(FlowActionName.OpenUrl) { Url = url };
    }

    /// <summary>Opens a link (<c>open_url</c>, Flow JSON 6.0+; EmbeddedLink and OptIn only).</summary>
    /// <param name="url">An absolute http or https link.</param>
    /// <returns>The action.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="url"/> is not an absolute http or https URI.</exception>
    public static FlowAction OpenUrl(string url) => OpenUrl(Validate.HttpUri(url, "action.url"));

    internal static FlowAction? Read(JsonElement json) => FlowReading.Typed(json, static r =>
    {
        var next = r.Object("next", static n => FlowReading.Typed(n, static t =>
            t.String("type") is { } type && t.String("name") is { } name && t.Rest().Count == 0 ? new Next(type, name) : null));
        return new FlowAction(new FlowActionName(r.RequiredString("name")))
        {
            NextType = next?.Type ?? "screen",
            NextScreen = next?.Name,
            Payload = r.Object("payload", ReadPayload),
            Url = r.String("url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.OriginalString == url ? uri : r.Unread<Uri>("url"),
            AdditionalProperties = r.Rest(),
        };
    });

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name.Value);
        if (NextScreen is not null)
        {
            writer.WriteStartObject("next");
            writer.WriteString("type", NextType);
            writer.WriteString("name", NextScreen);
            writer.WriteEndObject();
        }

        if (Payload is not null)
        {
            writer.WriteStartObject("payload");
            foreach (var (key, value) in Payload)
            {
                writer.WritePropertyName(key);
                value.Json.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        FlowJsonWriting.String(writer, "url", Url?.OriginalString);
        FlowJsonWriting.Rest(writer, AdditionalProperties);
        writer.WriteEndObject();
    }

    private static ReadOnlyDictionary<string, FlowJsonValue> CopyPayload(IReadOnlyDictionary<string, FlowJsonValue> payload)
    {
        var copy = new Dictionary<string, FlowJsonValue>(payload.Count, StringComparer.Ordinal);
        foreach (var (key, value) in payload)
        {
            copy[key] = Validate.NotNull(value, $"action.payload.{key}");
        }

        return new(copy);
    }

    private static Dictionary<string, FlowJsonValue> ReadPayload(JsonElement json)
    {
        var payload = new Dictionary<string, FlowJsonValue>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            payload[property.Name] = FlowJsonValue.FromJson(property.Value);
        }

        return payload;
    }

    private sealed record Next(string Type, string Name);
}
