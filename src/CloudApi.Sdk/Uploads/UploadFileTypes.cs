namespace CloudApi.Sdk.Uploads;

/// <summary>The file types the Resumable Upload API accepts (<c>file_type</c>).</summary>
public static class UploadFileTypes
{
    /// <summary>A PDF document (<c>application/pdf</c>): document headers.</summary>
    public const string Pdf = "application/pdf";

    /// <summary>A JPEG image (<c>image/jpeg</c>): image headers, profile pictures.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>A JPEG image under its other name (<c>image/jpg</c>), which Meta accepts too.</summary>
    public const string Jpg = "image/jpg";

    /// <summary>A PNG image (<c>image/png</c>): image headers, profile pictures.</summary>
    public const string Png = "image/png";

    /// <summary>An MP4 video (<c>video/mp4</c>): video headers.</summary>
    public const string Mp4 = "video/mp4";

    /// <summary>The longest file name sent as <c>file_name</c>.</summary>
    public const int MaxFileNameLength = 255;

    private static readonly string[] All = [Pdf, Jpeg, Jpg, Png, Mp4];

    /// <summary>Whether Meta accepts <paramref name="fileType"/> (exact, lower-case MIME type).</summary>
    /// <param name="fileType">A MIME type.</param>
    /// <returns><see langword="true"/> for one of the five accepted types.</returns>
    public static bool IsSupported(string? fileType) => fileType is not null && Array.IndexOf(All, fileType) >= 0;

    internal static void Validate(string? fileType)
    {
        CloudApi.Sdk.Validate.NotEmpty(fileType, "file_type");
        if (!IsSupported(fileType))
        {
            throw new WhatsAppValidationException("file_type",
                $"file_type '{fileType}' is not accepted by the Resumable Upload API: use application/pdf, image/jpeg, image/jpg, image/png or video/mp4.");
        }
    }

    internal static void ValidateFileName(string? fileName)
    {
        CloudApi.Sdk.Validate.Text(fileName, MaxFileNameLength, "file_name");
        if (fileName!.Any(c => char.IsControl(c) || c is '/' or '\\'))
        {
            throw new WhatsAppValidationException("file_name", $"file_name '{fileName}' must be a plain file name (no path separators or control characters).");
        }
    }
}
