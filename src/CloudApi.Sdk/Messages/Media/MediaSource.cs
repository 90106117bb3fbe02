namespace CloudApi.Sdk.Messages;

/// <summary>
/// Where WhatsApp takes a media file from: an uploaded media id (<c>"id"</c>, preferred for volume: Meta fetches nothing)
/// or a public http(s) link (<c>"link"</c>, cached by Meta for 10 minutes per identical URL). A link is sent exactly as
/// given (<see cref="Uri.OriginalString"/>), not in .NET's normalized form; only a link that is not a well-formed URI (e.g. with a space) is sent escaped.
/// </summary>
public sealed partial class MediaSource
{
    private MediaSource(string? id, Uri? link)
    {
        Id = id;
        Link = link;
    }

    /// <summary>The uploaded media id, or <see langword="null"/> when the media is given by <see cref="Link"/>.</summary>
    public string? Id { get; }

    /// <summary>The absolute http(s) link, or <see langword="null"/> when the media is given by <see cref="Id"/>.</summary>
    public Uri? Link { get; }

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
}
