using System.Buffers;
using System.Globalization;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Meta's Resumable Upload API: <c>POST /{app-id}/uploads</c> opens a session, <c>POST /upload:{session}</c> with a
/// <c>file_offset</c> header takes the bytes from that offset (a broken transfer keeps what arrived), <c>GET
/// /upload:{session}</c> reports the offset. The complete file gets a handle (<c>{"h":"4::..."}</c>) that template creation
/// and profile updates accept. Bytes are hashed as they arrive, never stored.
/// </summary>
internal static class UploadEndpoints
{
    public const string SessionPrefix = "upload:";

    private static readonly string[] FileTypes = ["application/pdf", "image/jpeg", "image/jpg", "image/png", "video/mp4"];

    public static Task CreateSessionAsync(HttpContext context)
    {
        var app = context.RouteId();
        if (app != "app" && !app.All(char.IsAsciiDigit))
        {
            throw GraphError.UnknownObject(app);
        }

        var query = context.Request.Query;
        var fileName = Required(query["file_name"].ToString(), "file_name");
        var lengthText = Required(query["file_length"].ToString(), "file_length");
        if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var fileLength) || fileLength < 1)
        {
            throw GraphError.InvalidParameter($"Param file_length must be a positive integer, not '{lengthText}'.");
        }

        var fileType = Required(query["file_type"].ToString(), "file_type");
        if (!FileTypes.Contains(fileType, StringComparer.Ordinal))
        {
            throw GraphError.InvalidParameter($"Param file_type must be one of {string.Join(", ", FileTypes)}, not '{fileType}'.");
        }

        var session = context.State().Uploads.Create(fileName, fileLength, fileType);
        return context.WriteJsonAsync(new JsonObject { ["id"] = session.Id });
    }

    public static async Task GetSessionAsync(HttpContext context, UploadSessionState session)
    {
        await session.Gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        long offset;
        try
        {
            offset = session.Offset;
        }
        finally
        {
            session.Gate.Release();
        }

        await context.WriteJsonAsync(new JsonObject { ["id"] = session.Id, ["file_offset"] = offset }).ConfigureAwait(false);
    }

    public static async Task UploadAsync(HttpContext context, UploadSessionState session)
    {
        var header = context.Request.Headers["file_offset"].ToString();
        if (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var fileOffset))
        {
            throw GraphError.MissingParameter("Header file_offset is required: 0 for a new upload, else the session's file_offset.");
        }

        await session.Gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        string? handle;
        try
        {
            if (fileOffset != session.Offset)
            {
                throw GraphError.InvalidParameter($"file_offset {fileOffset} does not match the session's offset {session.Offset}; resume from the offset GET /{session.Id} reports.");
            }

            if (session.Handle is null && !await ReceiveAsync(context, session).ConfigureAwait(false))
            {
                return; // the client broke the transfer: what arrived is kept for its resume
            }

            if (session.Offset < session.FileLength)
            {
                throw GraphError.InvalidParameter($"The upload is incomplete: {session.Offset} of {session.FileLength} bytes; send the rest from file_offset {session.Offset}.");
            }

            handle = session.Handle ??= context.State().Uploads.Complete(Finish(session));
        }
        finally
        {
            session.Gate.Release();
        }

        await context.WriteJsonAsync(new JsonObject { ["h"] = handle }).ConfigureAwait(false);
    }

    /// <summary>Takes the body into the session; <see langword="false"/> when the connection broke before its end.</summary>
    private static async Task<bool> ReceiveAsync(HttpContext context, UploadSessionState session)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or OperationCanceledException or BadHttpRequestException)
                {
                    return false;
                }

                if (read == 0)
                {
                    return true;
                }

                if (session.Offset + read > session.FileLength)
                {
                    throw GraphError.InvalidParameter($"The upload is longer than the session's file_length {session.FileLength}.");
                }

                session.Hash.AppendData(buffer, 0, read);
                session.Offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static UploadSessionState Finish(UploadSessionState session)
    {
        session.Sha256 = Convert.ToHexString(session.Hash.GetHashAndReset()).ToLowerInvariant();
        return session;
    }

    private static string Required(string value, string name) =>
        value.Length > 0 ? value : throw GraphError.MissingParameter($"Param {name} is required.");
}
