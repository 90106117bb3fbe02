using CloudApi.Sdk.Http;
using CloudApi.Sdk.Uploads.Wire;

namespace CloudApi.Sdk.Uploads;

/// <summary>
/// A resumable-upload session (<c>{"id":"upload:MTph...","file_offset":0}</c>): what <see cref="IUploadsClient.CreateSessionAsync"/>
/// opened or <see cref="IUploadsClient.GetSessionAsync"/> read back. Keep <see cref="Id"/> to resume an interrupted upload.
/// </summary>
public sealed class UploadSession : GraphResult
{
    internal UploadSession(string id, long fileOffset, GraphSource source)
        : base(source)
    {
        Id = id;
        FileOffset = fileOffset;
    }

    internal UploadSession(UploadSessionWire wire, GraphSource source)
        : this(
            wire.Id is { Length: > 0 } id ? id : throw new WhatsAppException("The Graph API answered the upload session without an id."),
            wire.FileOffset ?? 0,
            source)
    {
    }

    /// <summary>The session id (<c>id</c>), e.g. <c>upload:MTphdHRhY2htZW50Ojlh...</c>; it includes the <c>upload:</c> prefix.</summary>
    public string Id { get; }

    /// <summary>
    /// How many bytes of the file Meta has received (<c>file_offset</c>): the offset to continue from. 0 for a new session
    /// (Meta's answer to the session's creation carries no offset).
    /// </summary>
    public long FileOffset { get; }
}
