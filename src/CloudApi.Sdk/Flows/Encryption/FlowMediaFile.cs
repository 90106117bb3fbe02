using System.Text.Json;

namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>One file a user picked in a flow, as it arrives in the flow's data: where it is and how to decrypt it.</summary>
public sealed class FlowMediaFile
{
    /// <summary>Creates the description of a file.</summary>
    /// <param name="fileName"><c>file_name</c>.</param>
    /// <param name="mediaId"><c>media_id</c>: the id to send the file on with the Media API.</param>
    /// <param name="cdnUrl"><c>cdn_url</c>: where the encrypted file can be downloaded.</param>
    /// <param name="encryption"><c>encryption_metadata</c>.</param>
    public FlowMediaFile(string fileName, string mediaId, Uri cdnUrl, FlowMediaEncryption encryption)
    {
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        MediaId = mediaId ?? throw new ArgumentNullException(nameof(mediaId));
        CdnUrl = cdnUrl ?? throw new ArgumentNullException(nameof(cdnUrl));
        Encryption = encryption ?? throw new ArgumentNullException(nameof(encryption));
    }

    /// <summary>The file's name.</summary>
    public string FileName { get; }

    /// <summary>The media id.</summary>
    public string MediaId { get; }

    /// <summary>The CDN URL of the encrypted file.</summary>
    public Uri CdnUrl { get; }

    /// <summary>The keys and hashes of the file.</summary>
    public FlowMediaEncryption Encryption { get; }

    /// <summary>Reads one item of a PhotoPicker or DocumentPicker answer.</summary>
    /// <param name="json">The item object.</param>
    /// <returns>The file.</returns>
    /// <exception cref="FormatException">A value is missing or malformed.</exception>
    public static FlowMediaFile FromJson(JsonElement json)
    {
        var url = FlowMediaEncryption.Required(json, "cdn_url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var cdnUrl) || cdnUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new FormatException("The flow media item's cdn_url is not an absolute https URL.");
        }

        return new FlowMediaFile(
            FlowMediaEncryption.Required(json, "file_name"),
            FlowMediaEncryption.Required(json, "media_id"),
            cdnUrl,
            FlowMediaEncryption.FromJson(json.GetProperty("encryption_metadata")));
    }

    /// <summary>Reads every item of a PhotoPicker or DocumentPicker answer (a JSON array).</summary>
    /// <param name="json">The array.</param>
    /// <returns>The files.</returns>
    /// <exception cref="FormatException">It is not an array, or an item is malformed.</exception>
    public static IReadOnlyList<FlowMediaFile> ListFromJson(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A flow media answer is a JSON array of files.");
        }

        var files = new List<FlowMediaFile>(json.GetArrayLength());
        foreach (var item in json.EnumerateArray())
        {
            files.Add(FromJson(item));
        }

        return files;
    }
}
