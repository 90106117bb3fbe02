using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A row of a <see cref="NavigationList"/> (<c>list-items</c>): a main content, an optional start image and end text.</summary>
public sealed class NavigationItem
{
    /// <summary>Creates a row.</summary>
    /// <param name="id">The row id.</param>
    /// <param name="title">The main title (<c>main-content.title</c>).</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="id"/> or <paramref name="title"/> is empty.</exception>
    public NavigationItem(string id, string title)
    {
        Validate.NotEmpty(id, "list-items.id");
        Validate.NotEmpty(title, "list-items.main-content.title");
        Id = id;
        Title = title;
    }

    /// <summary>The row id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The main title (<c>main-content.title</c>).</summary>
    public string Title { get; }

    /// <summary>A second line (<c>main-content.description</c>). Default <see langword="null"/>: not written.</summary>
    public string? Description { get; init; }

    /// <summary>A third line (<c>main-content.metadata</c>). Default <see langword="null"/>: not written.</summary>
    public string? Metadata { get; init; }

    /// <summary>An image at the start of the row, base64-encoded (<c>start.image</c>). Default <see langword="null"/>: none.</summary>
    public string? StartImage { get; init; }

    /// <summary>The text read by screen readers for <see cref="StartImage"/> (<c>start.alt-text</c>). Default <see langword="null"/>: not written.</summary>
    public string? StartImageAltText { get; init; }

    /// <summary>A title at the end of the row (<c>end.title</c>). Default <see langword="null"/>: not written.</summary>
    public string? EndTitle { get; init; }

    /// <summary>A description at the end of the row (<c>end.description</c>). Default <see langword="null"/>: not written.</summary>
    public string? EndDescription { get; init; }

    /// <summary>A metadata text at the end of the row (<c>end.metadata</c>). Default <see langword="null"/>: not written.</summary>
    public string? EndMetadata { get; init; }

    /// <summary>A badge (<c>badge</c>). Default <see langword="null"/>: not written.</summary>
    public string? Badge { get; init; }

    /// <summary>Tags shown on the row (<c>tags</c>). Default <see langword="null"/>: not written.</summary>
    public IReadOnlyList<string>? Tags { get; init => field = value is null ? null : Validate.ReadOnly(Validate.Copy(value, "list-items.tags")); }

    /// <summary>The row's action (<c>on-click-action</c>: navigate or data_exchange). Default <see langword="null"/>: the list's action.</summary>
    public FlowAction? OnClickAction { get; init; }

    /// <summary>Properties this SDK does not type, written after the typed ones; the reader keeps the ones it does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get;
        init => field = FlowJsonWriting.CopyRest(value, nameof(AdditionalProperties));
    } = FlowJsonWriting.NoProperties;

    internal static IEnumerable<(string Property, FlowAction Action)> ActionsOf(FlowItems<NavigationItem> items, string property)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].OnClickAction is { } action)
            {
                yield return ($"{property}[{i}].on-click-action", action);
            }
        }
    }

    internal static NavigationItem? Read(JsonElement json) => FlowReading.Typed(json, static r =>
    {
        var main = Part(r, "main-content", "title", "description", "metadata") ?? throw FlowObjectReader.Missing("main-content");
        var start = Part(r, "start", "image", "alt-text");
        var end = Part(r, "end", "title", "description", "metadata");
        return new NavigationItem(r.RequiredString("id"), main[0] ?? throw FlowObjectReader.Missing("main-content.title"))
        {
            Description = main[1],
            Metadata = main[2],
            StartImage = start?[0],
            StartImageAltText = start?[1],
            EndTitle = end?[0],
            EndDescription = end?[1],
            EndMetadata = end?[2],
            Badge = r.String("badge"),
            Tags = r.Strings("tags"),
            OnClickAction = r.Action("on-click-action"),
            AdditionalProperties = r.Rest(),
        };
    });

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        writer.WriteStartObject("main-content");
        writer.WriteString("title", Title);
        FlowJsonWriting.String(writer, "description", Description);
        FlowJsonWriting.String(writer, "metadata", Metadata);
        writer.WriteEndObject();
        if (StartImage is not null || StartImageAltText is not null)
        {
            writer.WriteStartObject("start");
            FlowJsonWriting.String(writer, "image", StartImage);
            FlowJsonWriting.String(writer, "alt-text", StartImageAltText);
            writer.WriteEndObject();
        }

        if (EndTitle is not null || EndDescription is not null || EndMetadata is not null)
        {
            writer.WriteStartObject("end");
            FlowJsonWriting.String(writer, "title", EndTitle);
            FlowJsonWriting.String(writer, "description", EndDescription);
            FlowJsonWriting.String(writer, "metadata", EndMetadata);
            writer.WriteEndObject();
        }

        FlowJsonWriting.String(writer, "badge", Badge);
        FlowJsonWriting.Strings(writer, "tags", Tags);
        FlowJsonWriting.Action(writer, "on-click-action", OnClickAction);
        FlowJsonWriting.Rest(writer, AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>
    /// A nested object of texts (<c>main-content</c>, <c>start</c>, <c>end</c>), typed only when it has no other property
    /// and is not empty; otherwise the row is not typed (and its list stays raw), so nothing is lost.
    /// </summary>
    private static string?[]? Part(FlowObjectReader reader, string name, params string[] properties)
    {
        var part = reader.Object(name, json =>
        {
            var values = new string?[properties.Length];
            var found = 0;
            foreach (var property in json.EnumerateObject())
            {
                var i = Array.IndexOf(properties, property.Name);
                if (i < 0 || property.Value.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                values[i] = property.Value.GetString();
                found++;
            }

            return found == 0 ? null : values;
        });
        return reader.Has(name) && part is null ? throw FlowObjectReader.Missing(name) : part;
    }
}
