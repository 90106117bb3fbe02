using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Media: multipart upload streamed to a temporary file (hashed on the way, never buffered whole), metadata with a
/// download URL valid 5 minutes, download with the bearer token, delete.
/// </summary>
internal static class MediaEndpoints
{
    public const string DownloadPath = "/whatsapp_business/attachments/";
    private static readonly TimeSpan UrlLifetime = TimeSpan.FromMinutes(5);

    public static async Task UploadAsync(HttpContext context)
    {
        var state = context.State();
        var numberId = context.RouteId();
        if (!state.PhoneNumbers.ContainsKey(numberId))
        {
            throw GraphError.UnknownObject(numberId);
        }

        var boundary = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType) && contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(contentType.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            throw GraphError.InvalidParameter("The request must be multipart/form-data with fields messaging_product, file and type.");
        }

        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = state.Options.MaxRequestBodySize };
        string? product = null, type = null, fileType = null, path = null, sha256 = null;
        long size = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (disposition.IsFileDisposition() && name == "file" && path is null)
                {
                    fileType = section.ContentType;
                    path = state.Media.NewFilePath();
                    (sha256, size) = await SaveAsync(section.Body, path, context.RequestAborted).ConfigureAwait(false);
                }
                else if (name is "messaging_product" or "type")
                {
                    using var text = new StreamReader(section.Body);
                    var value = await text.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
                    (product, type) = name == "type" ? (product, value) : (value, type);
                }
            }

            if (product is null)
            {
                throw GraphError.MissingParameter("Param messaging_product is required.");
            }

            if (product != "whatsapp")
            {
                throw GraphError.InvalidParameter("Param messaging_product must be 'whatsapp'.");
            }

            if (path is null)
            {
                throw GraphError.MissingParameter("Param file is required.");
            }

            var mime = type ?? fileType ?? throw GraphError.MissingParameter("Param type is required.");
            if (!MediaLimits.IsSupported(mime))
            {
                throw GraphError.InvalidParameter($"Param file must be a file with one of the following types: {MediaLimits.Supported}. Received file of type '{mime}'.");
            }

            if (size > MediaLimits.MaxSize(mime))
            {
                throw new GraphError(400, 131053, "Media upload error", $"File of {size} bytes exceeds the {MediaLimits.MaxSize(mime)}-byte limit for {MediaLimits.BaseType(mime)}.");
            }

            var media = new StoredMedia(state.Ids.NextGraphId(), numberId, MediaLimits.BaseType(mime), sha256!, size, path);
            state.Media.Add(media);
            path = null;
            await context.WriteJsonAsync(new JsonObject { ["id"] = media.Id }).ConfigureAwait(false);
        }
        finally
        {
            if (path is not null)
            {
                MediaStore.TryDelete(path);
            }
        }
    }

    public static Task GetAsync(HttpContext context, StoredMedia media)
    {
        CheckOwner(context, media);
        var request = context.Request;
        var expires = context.State().Now.Add(UrlLifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, DownloadPath, QueryString.Create(new KeyValuePair<string, string?>[] { new("mid", media.Id), new("exp", expires) }));
        return context.WriteJsonAsync(new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["url"] = url,
            ["mime_type"] = media.MimeType,
            ["sha256"] = media.Sha256,
            ["file_size"] = media.Size.ToString(CultureInfo.InvariantCulture),
            ["id"] = media.Id,
        });
    }

    public static Task DeleteAsync(HttpContext context, StoredMedia media)
    {
        CheckOwner(context, media);
        context.State().Media.Remove(media.Id);
        return context.WriteSuccessAsync();
    }

    /// <summary><c>GET /whatsapp_business/attachments/?mid=..&amp;exp=..</c> with the bearer token: the bytes, streamed from disk.</summary>
    public static async Task DownloadAsync(HttpContext context)
    {
        var state = context.State();
        var media = state.Media.Find(context.Request.Query["mid"].ToString());
        var expired = !long.TryParse(context.Request.Query["exp"], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || state.Now.ToUnixTimeSeconds() > expires;
        if (media is null || expired)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = media.MimeType;
        context.Response.ContentLength = media.Size;
        await context.Response.SendFileAsync(media.Path, context.RequestAborted).ConfigureAwait(false);
    }

    private static void CheckOwner(HttpContext context, StoredMedia media)
    {
        var numberId = context.Request.Query["phone_number_id"].ToString();
        if (numberId.Length > 0 && numberId != media.PhoneNumberId)
        {
            throw new GraphError(400, 100, "Invalid parameter", $"Media {media.Id} was not uploaded by phone number {numberId}.");
        }
    }

    internal static async Task<(string Sha256, long Size)> SaveAsync(Stream source, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        long size = 0;
        try
        {
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    size += read;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }
}
