namespace CloudApi.Sdk.Media;

/// <summary>Optional settings of the media calls that address an existing file (get, download, delete).</summary>
public sealed class MediaRequestOptions
{
    /// <summary>
    /// <value>Sent as <c>phone_number_id</c>: Meta then checks that this number uploaded the media. Default <see langword="null"/>:
    /// not sent (the configured number is <b>not</b> assumed, so media received on any of your numbers can be read).</value>
    /// </summary>
    public string? PhoneNumberId { get; init; }
}
