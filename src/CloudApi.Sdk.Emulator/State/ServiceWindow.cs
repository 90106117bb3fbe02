namespace CloudApi.Sdk.Emulator.State;

/// <summary>The customer-service window: when each user last wrote to each business number.</summary>
internal sealed class ServiceWindow
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Number, string User), DateTimeOffset> _lastInbound = [];
    private readonly TimeSpan _length;

    public ServiceWindow(TimeSpan length) => _length = length;

    public void Open(string phoneNumberId, string user, DateTimeOffset at)
    {
        lock (_lock)
        {
            _lastInbound[(phoneNumberId, user)] = at;
        }
    }

    public bool IsOpen(string phoneNumberId, string user, DateTimeOffset now)
    {
        lock (_lock)
        {
            return _lastInbound.TryGetValue((phoneNumberId, user), out var at) && now - at < _length;
        }
    }

    /// <summary>When the window of the pair closes; null when it is closed.</summary>
    public DateTimeOffset? OpenUntil(string phoneNumberId, string user, DateTimeOffset now)
    {
        lock (_lock)
        {
            return _lastInbound.TryGetValue((phoneNumberId, user), out var at) && now - at < _length ? at + _length : null;
        }
    }

    public void Close(string phoneNumberId, string user)
    {
        lock (_lock)
        {
            _lastInbound.Remove((phoneNumberId, user));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _lastInbound.Clear();
        }
    }
}
