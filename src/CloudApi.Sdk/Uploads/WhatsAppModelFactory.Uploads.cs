using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Uploads;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the resumable-upload calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds an <see cref="Uploads.UploadSession"/> as <see cref="IUploadsClient.CreateSessionAsync"/> or <see cref="IUploadsClient.GetSessionAsync"/> would answer it.</summary>
    /// <param name="id">The session id (<c>id</c>), e.g. <c>upload:MTph...</c>.</param>
    /// <param name="fileOffset">The bytes Meta has received (<c>file_offset</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static UploadSession UploadSession(string id, long fileOffset = 0, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(id, fileOffset, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds an <see cref="Uploads.UploadResult"/> as <see cref="IUploadsClient.UploadFileAsync"/> would answer it.</summary>
    /// <param name="handle">The file handle (<c>h</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static UploadResult UploadResult(string handle, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(handle, GraphSource.ForModel(rawJson, response));
}
