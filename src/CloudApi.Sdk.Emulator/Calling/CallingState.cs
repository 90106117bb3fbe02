namespace CloudApi.Sdk.Emulator.Calling;

/// <summary>
/// The calls of every number and the users' call permissions. A temporary permission lasts
/// <see cref="TemporaryPermission"/>; a business may connect at most <see cref="MaxConnectedCallsPerDay"/> calls a user
/// per 24 hours (Meta's documented limits, error 138012).
/// </summary>
internal sealed class CallingState
{
    public static readonly TimeSpan TemporaryPermission = TimeSpan.FromDays(7);

    public const int MaxConnectedCallsPerDay = 5;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Number, string User), Permission> _permissions = [];
    private readonly Dictionary<string, EmulatedCall> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Number, string User), List<DateTimeOffset>> _connected = [];

    /// <summary>Grants (until <paramref name="expiresAt"/>, or for good when null) or denies calls.</summary>
    public void SetPermission(string number, string user, bool granted, DateTimeOffset? expiresAt)
    {
        lock (_lock)
        {
            _permissions[(number, user)] = new Permission(granted, expiresAt);
        }
    }

    public void ClearPermission(string number, string user)
    {
        lock (_lock)
        {
            _permissions.Remove((number, user));
        }
    }

    /// <summary><c>granted</c>, <c>expired</c>, <c>denied</c> or <c>no_permission</c>, and the end of a granted one.</summary>
    public (string Status, DateTimeOffset? ExpiresAt) PermissionOf(string number, string user, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!_permissions.TryGetValue((number, user), out var permission))
            {
                return ("no_permission", null);
            }

            if (!permission.Granted)
            {
                return ("denied", null);
            }

            return permission.ExpiresAt is { } end && end <= now ? ("expired", null) : ("granted", permission.ExpiresAt);
        }
    }

    /// <summary>The user's call that has not ended, on any number of the business.</summary>
    public EmulatedCall? OngoingWith(string number, string user)
    {
        lock (_lock)
        {
            return _calls.Values.FirstOrDefault(c => c.PhoneNumberId == number && c.User == user && c.State != EmulatedCallState.Ended);
        }
    }

    public void Add(EmulatedCall call)
    {
        lock (_lock)
        {
            _calls[call.Id] = call;
        }
    }

    public EmulatedCall? Find(string callId)
    {
        lock (_lock)
        {
            return _calls.GetValueOrDefault(callId);
        }
    }

    /// <summary>Moves a call on, under the lock, when <paramref name="allowed"/> says it may; false when it may not.</summary>
    public bool TryMove(EmulatedCall call, Func<EmulatedCallState, bool> allowed, EmulatedCallState next, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!allowed(call.State))
            {
                return false;
            }

            call.State = next;
            if (next == EmulatedCallState.Connected)
            {
                call.ConnectedAt = now;
                if (call.BusinessInitiated)
                {
                    var key = (call.PhoneNumberId, call.User);
                    if (!_connected.TryGetValue(key, out var times))
                    {
                        _connected[key] = times = [];
                    }

                    times.Add(now);
                }
            }

            return true;
        }
    }

    /// <summary>The connected business-initiated calls to the user in the 24 hours before <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> ConnectedInLastDay(string number, string user, DateTimeOffset now)
    {
        lock (_lock)
        {
            return _connected.TryGetValue((number, user), out var times) ? [.. times.Where(t => t > now - TimeSpan.FromDays(1)).Order()] : [];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _permissions.Clear();
            _calls.Clear();
            _connected.Clear();
        }
    }

    private readonly record struct Permission(bool Granted, DateTimeOffset? ExpiresAt);
}
