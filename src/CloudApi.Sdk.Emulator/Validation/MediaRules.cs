using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>
/// Rules for media messages: exactly one of <c>id</c> or <c>link</c>; <c>caption</c> (≤ 1,024) on image, video and
/// document only; <c>filename</c> on document only; <c>voice</c> on audio only.
/// </summary>
internal static class MediaRules
{
    public static void Image(JsonObject media, string path) => Validate(media, path, caption: true, filename: false, voice: false);

    public static void Video(JsonObject media, string path) => Validate(media, path, caption: true, filename: false, voice: false);

    public static void Document(JsonObject media, string path) => Validate(media, path, caption: true, filename: true, voice: false);

    public static void Audio(JsonObject media, string path) => Validate(media, path, caption: false, filename: false, voice: true);

    public static void Sticker(JsonObject media, string path) => Validate(media, path, caption: false, filename: false, voice: false);

    /// <summary>A media object by id or link (also used for template header parameters and interactive headers).</summary>
    public static void Reference(JsonObject media, string path)
    {
        var id = OptionalString(media, "id", path, allowEmpty: false);
        var link = OptionalString(media, "link", path, allowEmpty: false);
        if (id is null && link is null)
        {
            throw Endpoints.GraphError.MissingParameter($"Param {path} must have one of id or link.");
        }

        if (id is not null && link is not null)
        {
            throw Invalid($"Param {path} must have only one of id or link.");
        }

        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            throw Invalid($"Param {Join(path, "link")} must be a valid http(s) URL.");
        }
    }

    private static void Validate(JsonObject media, string path, bool caption, bool filename, bool voice)
    {
        Reference(media, path);
        if (caption)
        {
            OptionalString(media, "caption", path, 1024);
        }
        else
        {
            Forbid(media, "caption", path, $"for {path} messages");
        }

        if (filename)
        {
            OptionalString(media, "filename", path);
        }
        else
        {
            Forbid(media, "filename", path, $"for {path} messages");
        }

        if (voice)
        {
            OptionalBool(media, "voice", path);
        }
    }
}
