using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Media;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the media calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="Media.MediaInfo"/> as <see cref="IMediaClient.GetAsync"/> would answer it.</summary>
    /// <param name="id">The media id (<c>id</c>).</param>
    /// <param name="url">The download URL (<c>url</c>). Defaults to <c>https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid={id}</c>.</param>
    /// <param name="mimeType">The MIME type (<c>mime_type</c>). Defaults to <c>application/octet-stream</c>.</param>
    /// <param name="sha256">The SHA-256 as Meta reports it (<c>sha256</c>).</param>
    /// <param name="fileSize">The size in bytes (<c>file_size</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details; see <see cref="GraphResponse(int, IEnumerable{KeyValuePair{string, string}}?)"/>.</param>
    /// <returns>The result.</returns>
    public static MediaInfo MediaInfo(
        string id,
        Uri? url = null,
        string? mimeType = null,
        string? sha256 = null,
        long fileSize = 0,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(id, url ?? new Uri("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=" + Uri.EscapeDataString(id)),
            mimeType ?? "application/octet-stream", sha256, fileSize, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Media.MediaUploadResult"/> as <see cref="IMediaClient.UploadAsync"/> would answer it.</summary>
    /// <param name="id">The media id (<c>id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static MediaUploadResult MediaUploadResult(string id, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(id, GraphSource.ForModel(rawJson, response));
}
