namespace CloudApi.Sdk.Emulator.Limits;

/// <summary>
/// A strict sliding window: at most <c>limit</c> events in any window of <c>length</c>, judged on the events' own
/// times (arrivals), whatever order they are judged in. No burst allowance beyond the window: 80 mps means no 1-second
/// interval, anywhere, holds 81 accepted messages. This is stricter than a token bucket of the same rate (which lets a
/// full bucket plus its refill through in the first second), and it is how a server that counts arrivals judges.
/// </summary>
internal sealed class SlidingWindow
{
    private readonly int _limit;
    private readonly long _length;
    private readonly List<long> _times = [];

    /// <param name="limit">Events allowed in any window.</param>
    /// <param name="length">The window's length in ticks.</param>
    public SlidingWindow(int limit, long length)
    {
        _limit = limit;
        _length = length;
    }

    /// <summary>
    /// Takes an event at <paramref name="ticks"/> if every window of the length that contains it still holds at most the
    /// limit with it; a refused event changes nothing. Not thread-safe (the caller locks).
    /// </summary>
    public bool TryTake(long ticks)
    {
        if (!Fits(ticks, out var position))
        {
            return false;
        }

        _times.Insert(position, ticks);
        Prune(_times[^1]);
        return true;
    }

    /// <summary>Whether an event at <paramref name="ticks"/> would be taken (nothing changes).</summary>
    public bool Fits(long ticks) => Fits(ticks, out _);

    private bool Fits(long ticks, out int position)
    {
        var times = _times;
        position = times.BinarySearch(ticks);
        if (position < 0)
        {
            position = ~position;
        }
        else
        {
            // Equal times: insert after the existing ones.
            while (position < times.Count && times[position] == ticks)
            {
                position++;
            }
        }

        // With the event inserted at `position`, any run of limit + 1 consecutive events that contains it must span at
        // least the window's length. In order (the usual case) only the run ending with it needs checking.
        var first = Math.Max(0, position - _limit);
        var last = Math.Min(position, times.Count - _limit);
        for (var start = first; start <= last; start++)
        {
            var end = start + _limit;
            var earliest = start == position ? ticks : times[start];
            var latest = end == position ? ticks : times[end > position ? end - 1 : end];
            if (latest - earliest < _length)
            {
                return false;
            }
        }

        return true;
    }

    public void Clear() => _times.Clear();

    /// <summary>Drops events that can no longer share a window with a new one (late arrivals judged within a window's length included).</summary>
    private void Prune(long newest)
    {
        var times = _times;
        if (times.Count <= (2 * _limit) + 64)
        {
            return;
        }

        var keepFrom = times.BinarySearch(newest - (2 * _length));
        keepFrom = keepFrom < 0 ? ~keepFrom : keepFrom;
        keepFrom = Math.Min(keepFrom, times.Count - _limit);
        if (keepFrom > 0)
        {
            times.RemoveRange(0, keepFrom);
        }
    }
}
