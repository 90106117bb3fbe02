namespace CloudApi.Sdk.Emulator.State;

/// <summary>Uploaded media, each kept in a file of the emulator's temporary directory (never in memory).</summary>
internal sealed class MediaStore : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StoredMedia> _media = new(StringComparer.Ordinal);
    private readonly Lazy<string> _directory = new(() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "whatsapp-emulator-" + Guid.NewGuid().ToString("N"))).FullName);

    public string NewFilePath() => Path.Combine(_directory.Value, Guid.NewGuid().ToString("N"));

    public void Add(StoredMedia media)
    {
        lock (_lock)
        {
            _media[media.Id] = media;
        }
    }

    public StoredMedia? Find(string id)
    {
        lock (_lock)
        {
            return _media.GetValueOrDefault(id);
        }
    }

    public bool Remove(string id)
    {
        StoredMedia? media;
        lock (_lock)
        {
            if (!_media.Remove(id, out media))
            {
                return false;
            }
        }

        TryDelete(media.Path);
        return true;
    }

    /// <summary>Removes every media file.</summary>
    public void Clear()
    {
        List<StoredMedia> removed;
        lock (_lock)
        {
            removed = [.. _media.Values];
            _media.Clear();
        }

        foreach (var media in removed)
        {
            TryDelete(media.Path);
        }
    }

    public void Dispose()
    {
        if (_directory.IsValueCreated)
        {
            try
            {
                Directory.Delete(_directory.Value, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>One uploaded media file.</summary>
internal sealed record StoredMedia(string Id, string PhoneNumberId, string MimeType, string Sha256, long Size, string Path);
