namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>The MIME types Meta accepts for media, and the largest file of each kind.</summary>
internal static class MediaLimits
{
    private const long MB = 1024 * 1024;

    private static readonly Dictionary<string, long> MaxBytes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["audio/aac"] = 16 * MB,
        ["audio/amr"] = 16 * MB,
        ["audio/mpeg"] = 16 * MB,
        ["audio/mp4"] = 16 * MB,
        ["audio/ogg"] = 16 * MB,
        ["text/plain"] = 100 * MB,
        ["application/pdf"] = 100 * MB,
        ["application/msword"] = 100 * MB,
        ["application/vnd.ms-excel"] = 100 * MB,
        ["application/vnd.ms-powerpoint"] = 100 * MB,
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = 100 * MB,
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = 100 * MB,
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = 100 * MB,
        ["image/jpeg"] = 5 * MB,
        ["image/png"] = 5 * MB,
        ["image/webp"] = 500 * 1024,
        ["video/mp4"] = 16 * MB,
        ["video/3gpp"] = 16 * MB,
    };

    public static bool IsSupported(string mimeType) => MaxBytes.ContainsKey(BaseType(mimeType));

    public static long MaxSize(string mimeType) => MaxBytes[BaseType(mimeType)];

    public static string Supported => string.Join(", ", MaxBytes.Keys);

    /// <summary>The type without parameters (<c>audio/ogg; codecs=opus</c> -> <c>audio/ogg</c>).</summary>
    public static string BaseType(string mimeType) => mimeType.Split(';', 2)[0].Trim();
}
