using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// Where WhatsApp takes a media file from: an uploaded media id (<c>"id"</c>, preferred for volume: Meta fetches nothing)
/// or a public http(s) link (<c>"link"</c>, cached by Meta for 10 minutes per identical URL).
/// </summary>
public sealed record MediaSource
{
    private MediaSource(string? id, Uri? link)
    {
        Id = id;
        Link = link;
        LinkText = link?.AbsoluteUri;
    }

    /// <summary>The uploaded media id, or <see langword="null"/> when the media is given by <see cref="Link"/>.</summary>
    public string? Id { get; }

    /// <summary>The absolute http(s) link, or <see langword="null"/> when the media is given by <see cref="Id"/>.</summary>
    public Uri? Link { get; }

    /// <summary>The link as sent (escaped), computed once.</summary>
    private string? LinkText { get; }

    /// <summary>Media uploaded with <c>POST /{phone-number-id}/media</c> (the id lives 30 days).</summary>
    /// <param name="id">The media id.</param>
    /// <returns>The source.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="id"/> is empty.</exception>
    public static MediaSource FromId(string id)
    {
        Validate.NotEmpty(id, "id");
        Validate.NoSurroundingWhiteSpace(id, "id");
        return new MediaSource(id, null);
    }

    /// <summary>Media Meta downloads from a public URL.</summary>
    /// <param name="link">An absolute <c>http</c> or <c>https</c> URI.</param>
    /// <returns>The source.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="link"/> is relative or not http(s).</exception>
    public static MediaSource FromLink(Uri link)
    {
        Validate.HttpUri(link, "link");
        return new MediaSource(null, link);
    }

    /// <summary>Media Meta downloads from a public URL given as text.</summary>
    /// <param name="link">An absolute <c>http</c> or <c>https</c> URI.</param>
    /// <returns>The source.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="link"/> is not an absolute http(s) URI.</exception>
    public static MediaSource FromLink(string link) => new(null, Validate.HttpUri(link, "link"));

    /// <summary>Writes <c>"id":"..."</c> or <c>"link":"..."</c> into the open media object.</summary>
    internal void WriteProperties(Utf8JsonWriter writer)
    {
        if (Id is not null)
        {
            writer.WriteString(JsonNames.Id, Id);
        }
        else
        {
            writer.WriteString(JsonNames.Link, LinkText);
        }
    }

    /// <summary>Writes <c>"name":{"id"|"link":...}</c>.</summary>
    internal void WriteObject(Utf8JsonWriter writer, JsonEncodedText name)
    {
        writer.WriteStartObject(name);
        WriteProperties(writer);
        writer.WriteEndObject();
    }
}
