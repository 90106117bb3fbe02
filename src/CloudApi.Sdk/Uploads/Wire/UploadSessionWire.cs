namespace CloudApi.Sdk.Uploads.Wire;

/// <summary>
/// A resumable-upload session: <c>{"id":"upload:MTphdHRhY2htZW50..."}</c> from <c>POST /{app-id}/uploads</c>, with
/// <c>file_offset</c> (a number, or a string: the context reads both) when read back with <c>GET /upload:{session}</c>.
/// </summary>
internal sealed class UploadSessionWire
{
    public string? Id { get; set; }

    public long? FileOffset { get; set; }
}
