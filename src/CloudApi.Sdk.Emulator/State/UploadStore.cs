using System.Security.Cryptography;
using System.Text;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>
/// Resumable-upload sessions and the file handles they produced. Only each file's length and SHA-256 are kept (a 100 MB
/// example header costs nothing); a handle is what template creation and profile updates check.
/// </summary>
internal sealed class UploadStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, UploadSessionState> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadSessionState> _handles = new(StringComparer.Ordinal);

    public UploadSessionState Create(string fileName, long fileLength, string fileType)
    {
        var session = new UploadSessionState("upload:" + Base64Url("1:" + Guid.NewGuid().ToString("N") + "?" + fileType), fileName, fileLength, fileType);
        lock (_lock)
        {
            _sessions[session.Id] = session;
        }

        return session;
    }

    public UploadSessionState? Find(string sessionId)
    {
        lock (_lock)
        {
            return _sessions.GetValueOrDefault(sessionId);
        }
    }

    /// <summary>Issues the handle of a complete session: <c>4::{base64(type)}:{random}</c>, shaped like Meta's.</summary>
    public string Complete(UploadSessionState session)
    {
        var handle = "4::" + Convert.ToBase64String(Encoding.UTF8.GetBytes(session.FileType)) + ":" + Base64Url(RandomNumberGenerator.GetBytes(24));
        lock (_lock)
        {
            _handles[handle] = session;
        }

        return handle;
    }

    /// <summary>The session a handle came from, or <see langword="null"/> for a handle this emulator never issued.</summary>
    public UploadSessionState? FindHandle(string handle)
    {
        lock (_lock)
        {
            return _handles.GetValueOrDefault(handle);
        }
    }

    private static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// One upload session. <see cref="Gate"/> lets one transfer at a time change it, and an offset read waits for a transfer
/// still draining a broken connection, so a resume always sees the final offset.
/// </summary>
internal sealed class UploadSessionState(string id, string fileName, long fileLength, string fileType)
{
    public string Id { get; } = id;

    public string FileName { get; } = fileName;

    public long FileLength { get; } = fileLength;

    public string FileType { get; } = fileType;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public IncrementalHash Hash { get; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The bytes received so far; changed under <see cref="Gate"/>.</summary>
    public long Offset { get; set; }

    /// <summary>The handle once the whole file is in.</summary>
    public string? Handle { get; set; }

    /// <summary>The file's SHA-256 (lower-case hex) once complete.</summary>
    public string? Sha256 { get; set; }
}
