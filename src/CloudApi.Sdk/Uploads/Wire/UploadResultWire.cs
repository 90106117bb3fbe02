namespace CloudApi.Sdk.Uploads.Wire;

/// <summary>The answer of <c>POST /upload:{session}</c> once the whole file is in: <c>{"h":"4::aW1hZ2UvcG5n:ARY..."}</c>.</summary>
internal sealed class UploadResultWire
{
    public string? H { get; set; }
}
