using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Conversations;

/// <summary>
/// The waits of this process, by user; the oldest matching wait takes a message. Timeouts run on the
/// <see cref="TimeProvider"/>. With a backplane, a user's first wait is announced to the other instances and the last
/// one's end withdrawn.
/// </summary>
internal sealed class ConversationWaiters(TimeProvider timeProvider, ILogger<ConversationWaiters> logger, IConversationBackplane? backplane = null)
    : IWhatsAppConversations
{
    internal static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(7);

    private readonly Dictionary<string, List<Waiter>> _byUser = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public async Task<TMessage> WaitForReplyAsync<TMessage>(string user, MessageFilter<TMessage> filter, TimeSpan timeout, WaitForReplyOptions? options = null, CancellationToken cancellationToken = default)
        where TMessage : InboundMessage
    {
        using var pending = await StartAsync(user, filter, timeout, options, cancellationToken).ConfigureAwait(false);
        return await pending.Answer.ConfigureAwait(false);
    }

    /// <summary>Whether a wait of this process is for the sender of <paramref name="message"/>.</summary>
    public bool IsWaitingFor(InboundMessage message)
    {
        lock (_lock)
        {
            return ConversationUser.KeysOf(message).Any(_byUser.ContainsKey);
        }
    }

    public bool TryDeliver(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Waiter? taker = null;
        lock (_lock)
        {
            foreach (var key in ConversationUser.KeysOf(message))
            {
                if (_byUser.TryGetValue(key, out var waiters))
                {
                    taker = waiters.Find(waiter => waiter.Takes(message, logger));
                    if (taker is not null)
                    {
                        break;
                    }
                }
            }
        }

        return taker is not null && taker.TryComplete(message);
    }

    /// <summary>Starts a wait; returns once it is in place here and, with a backplane, announced to the other instances.</summary>
    public async ValueTask<PendingReply<TMessage>> StartAsync<TMessage>(string user, MessageFilter<TMessage> filter, TimeSpan timeout, WaitForReplyOptions? options, CancellationToken cancellationToken)
        where TMessage : InboundMessage
    {
        var key = ConversationUser.Normalize(user, nameof(user));
        ArgumentNullException.ThrowIfNull(filter);
        if (timeout <= TimeSpan.Zero || timeout > MaxTimeout)
        {
            throw new WhatsAppValidationException(nameof(timeout), $"timeout must be more than zero and at most {MaxTimeout.TotalDays} days; it was {timeout}.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var waiter = new Waiter(this, key, options?.PhoneNumberId, filter.Matches, timeout);
        bool first;
        lock (_lock)
        {
            if (!_byUser.TryGetValue(key, out var waiters))
            {
                _byUser[key] = waiters = [];
            }

            first = waiters.Count == 0;
            waiters.Add(waiter);
        }

        waiter.Arm(timeProvider, cancellationToken);
        if (backplane is not null && first)
        {
            try
            {
                await backplane.AnnounceAsync(key, timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                waiter.TryCancel(cancellationToken);
                throw;
            }
#pragma warning disable CA1031 // Without the backplane the wait still works for answers reaching this instance.
            catch (Exception e)
#pragma warning restore CA1031
            {
                ConversationLog.BackplaneFailed(logger, e, "announce");
            }
        }

        return new PendingReply<TMessage>(waiter);
    }

    private void Remove(Waiter waiter)
    {
        bool last;
        lock (_lock)
        {
            if (!_byUser.TryGetValue(waiter.User, out var waiters) || !waiters.Remove(waiter))
            {
                return;
            }

            last = waiters.Count == 0;
            if (last)
            {
                _byUser.Remove(waiter.User);
            }
        }

        if (last && backplane is not null)
        {
            _ = WithdrawAsync(waiter.User);
        }
    }

    private async Task WithdrawAsync(string user)
    {
        try
        {
            await backplane!.WithdrawAsync(user, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The announcement expires by itself; a stale one only costs another instance a round trip.
        catch (Exception e)
#pragma warning restore CA1031
        {
            ConversationLog.BackplaneFailed(logger, e, "withdraw");
        }
    }

    /// <summary>One wait: completed once, by an answer, its timeout or its cancellation; removed from the registry then.</summary>
    internal sealed class Waiter(ConversationWaiters owner, string user, string? phoneNumberId, Func<InboundMessage, bool> matches, TimeSpan timeout)
    {
        private readonly TaskCompletionSource<InboundMessage> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ITimer? _timer;
        private CancellationTokenRegistration _cancellation;

        public string User { get; } = user;

        public Task<InboundMessage> Answer => _answer.Task;

        public void Arm(TimeProvider timeProvider, CancellationToken cancellationToken)
        {
            _timer = timeProvider.CreateTimer(static state => ((Waiter)state!).TryTimeout(), this, timeout, Timeout.InfiniteTimeSpan);
            if (cancellationToken.CanBeCanceled)
            {
                _cancellation = cancellationToken.Register(static (state, token) => ((Waiter)state!).TryCancel(token), this);
            }

            if (_answer.Task.IsCompleted) // answered before it was armed
            {
                _timer.Dispose();
                _cancellation.Dispose();
            }
        }

        public bool Takes(InboundMessage message, ILogger logger)
        {
            if (phoneNumberId is not null && !string.Equals(phoneNumberId, message.PhoneNumberId, StringComparison.Ordinal))
            {
                return false;
            }

            try
            {
                return matches(message);
            }
#pragma warning disable CA1031 // A failing filter must not fail the webhook: the message then goes to the handlers.
            catch (Exception e)
#pragma warning restore CA1031
            {
                ConversationLog.FilterFailed(logger, e, message.Id);
                return false;
            }
        }

        public bool TryComplete(InboundMessage message) => Finish(() => _answer.TrySetResult(message));

        public void TryTimeout() => Finish(() => _answer.TrySetException(new ReplyTimeoutException(User, timeout)));

        public void TryCancel(CancellationToken token) => Finish(() => _answer.TrySetCanceled(token));

        public void Abandon() => Finish(() => _answer.TrySetCanceled());

        private bool Finish(Func<bool> complete)
        {
            owner.Remove(this);
            if (!complete())
            {
                return false;
            }

            _timer?.Dispose();
            _cancellation.Dispose();
            return true;
        }
    }
}

/// <summary>A wait in place; disposing it before the answer came abandons it.</summary>
internal sealed class PendingReply<TMessage>(ConversationWaiters.Waiter waiter) : IDisposable
    where TMessage : InboundMessage
{
    public Task<TMessage> Answer { get; } = Typed(waiter.Answer);

    public void Dispose() => waiter.Abandon();

    private static async Task<TMessage> Typed(Task<InboundMessage> answer) => (TMessage)await answer.ConfigureAwait(false);
}
