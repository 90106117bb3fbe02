using System.Diagnostics.CodeAnalysis;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Messages;

/// <summary>Sends campaigns through the rate limiter: bounded concurrency, progress, one result per message.</summary>
public static class BulkMessagingExtensions
{
    /// <summary>Sends a list of messages; see <see cref="SendBulkAsync(IMessagesClient, IAsyncEnumerable{BulkMessage}, BulkSendOptions?, CancellationToken)"/>.</summary>
    /// <param name="messages">The sub-client that sends.</param>
    /// <param name="batch">The messages.</param>
    /// <param name="options">Concurrency and progress; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">
    /// Stops the bulk send; it then throws <see cref="BulkSendCanceledException"/> carrying one result per message (for a
    /// collection, the messages never started included, as <see cref="BulkMessageStatus.NotSent"/>).
    /// </param>
    /// <returns>One result per message, in input order.</returns>
    /// <exception cref="BulkSendCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the batch type only (list or async stream); the optional parameters are the same.")]
    public static Task<BulkSendResult> SendBulkAsync(this IMessagesClient messages, IEnumerable<BulkMessage> batch, BulkSendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(batch);
        return SendCoreAsync(messages, new Source(batch), options, cancellationToken);
    }

    /// <summary>
    /// Sends every message of <paramref name="batch"/> with at most <see cref="BulkSendOptions.MaxConcurrency"/> in flight.
    /// Each send goes through the registration's rate limiter (which sets the pace); a failure is recorded in that
    /// message's result and never stops the others.
    /// </summary>
    /// <param name="messages">The sub-client that sends.</param>
    /// <param name="batch">The messages, read as they are needed.</param>
    /// <param name="options">Concurrency and progress; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">
    /// Stops the bulk send: no further message is read or started, messages still waiting for their rate-limit slot are
    /// not sent, and messages whose request is already on the wire are left to finish (within the attempt timeout), so
    /// that a message Meta accepted is reported as accepted. Then <see cref="BulkSendCanceledException"/> is thrown,
    /// carrying one result per message read.
    /// </param>
    /// <returns>One result per message read, in input order.</returns>
    /// <exception cref="BulkSendCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the batch type only (list or async stream); the optional parameters are the same.")]
    public static Task<BulkSendResult> SendBulkAsync(this IMessagesClient messages, IAsyncEnumerable<BulkMessage> batch, BulkSendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(batch);
        return SendCoreAsync(messages, new Source(batch), options, cancellationToken);
    }

    private static async Task<BulkSendResult> SendCoreAsync(IMessagesClient messages, Source batch, BulkSendOptions? options, CancellationToken cancellationToken)
    {
        options ??= new BulkSendOptions();
        if (options.MaxConcurrency is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxConcurrency, "BulkSendOptions.MaxConcurrency must be 1 to 10,000.");
        }

        var time = (messages as MessagesClient)?.TimeProvider ?? TimeProvider.System;
        var results = new List<BulkMessageResult?>();
        using var slots = new SemaphoreSlim(options.MaxConcurrency);
        var running = new List<Task>();
        int completed = 0, accepted = 0, failed = 0;
        var index = 0;
        var enumerator = batch.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await NextAsync(enumerator, cancellationToken).ConfigureAwait(false))
            {
                var message = enumerator.Current;
                try
                {
                    await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    Record(index, new BulkMessageResult(index, message, null, new OperationCanceledException(cancellationToken)));
                    index++;
                    break;
                }

                var position = index++;
                lock (results)
                {
                    results.Add(null);
                }

                running.Add(SendOneAsync(position, message));
                if (running.Count >= 4 * options.MaxConcurrency)
                {
                    running.RemoveAll(static t => t.IsCompleted);
                }
            }

            await Task.WhenAll(running).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested && batch.IsCollection)
            {
                // A collection is known in full: the messages never started are accounted for as not sent.
                while (await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    Record(index, new BulkMessageResult(index, enumerator.Current, null, new OperationCanceledException(cancellationToken)));
                    index++;
                }
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }

        var result = new BulkSendResult(results.Select(r => r!).ToArray());
        if (cancellationToken.IsCancellationRequested)
        {
            throw new BulkSendCanceledException(result, cancellationToken);
        }

        return result;

        void Record(int position, BulkMessageResult result)
        {
            lock (results)
            {
                while (results.Count <= position)
                {
                    results.Add(null);
                }

                results[position] = result;
            }
        }

        async Task SendOneAsync(int position, BulkMessage message)
        {
            BulkMessageResult result;
            using var stopper = new SendStopper();
            var registration = cancellationToken.UnsafeRegister(static state => ((SendStopper)state!).Stop(), stopper);
            try
            {
                // The stopper flows with the send into the pipeline: cancelling stops the message only while it has not left.
                SendStopper.Current = stopper;
                var sent = await SendWhenQueuedAsync(messages, time, message, stopper.Token).ConfigureAwait(false);
                result = new BulkMessageResult(position, message, sent, null);
                Interlocked.Increment(ref accepted);
            }
#pragma warning disable CA1031 // One failure must never stop the rest: every error is kept in the message's result.
            catch (Exception e)
#pragma warning restore CA1031
            {
                result = new BulkMessageResult(position, message, null, e);
                Interlocked.Increment(ref failed);
            }
            finally
            {
                await registration.DisposeAsync().ConfigureAwait(false);
                slots.Release();
            }

            Record(position, result);
            var done = Interlocked.Increment(ref completed);
            options.Progress?.Report(new BulkSendProgress(done, Volatile.Read(ref accepted), Volatile.Read(ref failed)));
        }
    }

    /// <summary>
    /// Sends one message; while the number's queue is full (sends of other processes sharing the store, or a pause after
    /// Meta throttled the number) it waits for the next free slot and asks again. Nothing was sent when the queue was
    /// full, so waiting is safe, and a bulk send is the caller that would rather wait than fail its messages.
    /// </summary>
    private static async Task<SendMessageResult> SendWhenQueuedAsync(IMessagesClient messages, TimeProvider time, BulkMessage message, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await messages.SendAsync(message.Recipient, message.Message, message.Options, cancellationToken).ConfigureAwait(false);
            }
            catch (WhatsAppException full) when (full.QueueFullRetryAfter is { } retryAfter)
            {
                await Task.Delay(retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromMilliseconds(1), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The next message; <see langword="false"/> at the end or once the bulk send is cancelled.</summary>
    private static async ValueTask<bool> NextAsync(IAsyncEnumerator<BulkMessage> enumerator, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        try
        {
            return await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>A batch as given: a list (known in full) or an async stream (read as needed).</summary>
    private readonly struct Source
    {
        private readonly IEnumerable<BulkMessage>? _list;
        private readonly IAsyncEnumerable<BulkMessage>? _stream;

        public Source(IEnumerable<BulkMessage> list) => _list = list;

        public Source(IAsyncEnumerable<BulkMessage> stream) => _stream = stream;

        /// <summary>Whether the batch is a finite collection that may be read to its end after a cancellation.</summary>
        public bool IsCollection => _list is IReadOnlyCollection<BulkMessage> or ICollection<BulkMessage>;

        public IAsyncEnumerator<BulkMessage> GetAsyncEnumerator(CancellationToken cancellationToken) =>
            _stream?.GetAsyncEnumerator(cancellationToken) ?? new ListEnumerator(_list!.GetEnumerator());
    }

    private sealed class ListEnumerator(IEnumerator<BulkMessage> inner) : IAsyncEnumerator<BulkMessage>
    {
        public BulkMessage Current => inner.Current;

        public ValueTask<bool> MoveNextAsync() => new(inner.MoveNext());

        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
