namespace CloudApi.Sdk.Emulator.State.Chats;

/// <summary>A version number that grows on every change, and a wait for the next change (what the live page listens to).</summary>
internal sealed class ChangeFeed
{
    private readonly Lock _lock = new();
    private long _version;
    private TaskCompletionSource _next = NewSignal();

    public long Version => Interlocked.Read(ref _version);

    public void Publish()
    {
        TaskCompletionSource done;
        lock (_lock)
        {
            _version++;
            done = _next;
            _next = NewSignal();
        }

        done.TrySetResult();
    }

    /// <summary>Completes with the current version once it is past <paramref name="seen"/>.</summary>
    public async Task<long> WaitAsync(long seen, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            lock (_lock)
            {
                if (_version > seen)
                {
                    return _version;
                }

                next = _next.Task;
            }

            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
