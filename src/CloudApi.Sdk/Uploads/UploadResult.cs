using CloudApi.Sdk.Http;
using CloudApi.Sdk.Uploads.Wire;

namespace CloudApi.Sdk.Uploads;

/// <summary>The end of a resumable upload: the file handle Meta issued (<c>{"h":"4::aW1hZ2UvcG5n:ARY..."}</c>).</summary>
public sealed class UploadResult : GraphResult
{
    internal UploadResult(string handle, GraphSource source)
        : base(source)
    {
        Handle = handle;
    }

    internal UploadResult(UploadResultWire wire, GraphSource source)
        : this(wire.H is { Length: > 0 } handle ? handle : throw new WhatsAppException("The Graph API answered the upload without a file handle (h)."), source)
    {
    }

    /// <summary>
    /// The file handle (<c>h</c>): the example of a template's media header
    /// (<see cref="Templates.TemplateHeader.ForImage(string)"/>, <c>example.header_handle</c>) or a new business profile picture
    /// (<see cref="PhoneNumbers.BusinessProfileUpdate.ProfilePictureHandle"/>).
    /// </summary>
    public string Handle { get; }
}
