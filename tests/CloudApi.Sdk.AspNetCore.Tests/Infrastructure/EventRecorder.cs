using System.Collections.Concurrent;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Collects the events a handler saw; tests wait for a count without sleeping.</summary>
internal sealed class EventRecorder
{
    private readonly ConcurrentQueue<WebhookEvent> _events = new();
    private readonly object _gate = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<WebhookEvent> Events => [.. _events];

    public Task HandleAsync(WebhookEvent webhookEvent, WebhookContext context, CancellationToken cancellationToken)
    {
        _events.Enqueue(webhookEvent);
        lock (_gate)
        {
            foreach (var waiter in _waiters.Where(w => _events.Count >= w.Count).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return Task.CompletedTask;
    }

    public Task WaitForAsync(int count)
    {
        lock (_gate)
        {
            if (_events.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
    }
}
