using System.Diagnostics.CodeAnalysis;

namespace CloudApi.Sdk.Messages;

/// <summary>Sends campaigns through the rate limiter: bounded concurrency, progress, one result per message.</summary>
public static class BulkMessagingExtensions
{
    /// <summary>Sends a list of messages; see <see cref="SendBulkAsync(IMessagesClient, IAsyncEnumerable{BulkMessage}, BulkSendOptions?, CancellationToken)"/>.</summary>
    /// <param name="messages">The sub-client that sends.</param>
    /// <param name="batch">The messages.</param>
    /// <param name="options">Concurrency and progress; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Stops the bulk send: messages not sent yet fail with <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per message, in input order.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the batch type only (list or async stream); the optional parameters are the same.")]
    public static Task<BulkSendResult> SendBulkAsync(this IMessagesClient messages, IEnumerable<BulkMessage> batch, BulkSendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return messages.SendBulkAsync(batch.ToAsyncEnumerable(), options, cancellationToken);
    }

    /// <summary>
    /// Sends every message of <paramref name="batch"/> with at most <see cref="BulkSendOptions.MaxConcurrency"/> in flight.
    /// Each send goes through the registration's rate limiter (which sets the pace); a failure is recorded in that
    /// message's result and never stops the others.
    /// </summary>
    /// <param name="messages">The sub-client that sends.</param>
    /// <param name="batch">The messages, read as they are needed.</param>
    /// <param name="options">Concurrency and progress; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Stops the bulk send: sends in progress are cancelled and the rest not read.</param>
    /// <returns>One result per message read, in input order.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the batch type only (list or async stream); the optional parameters are the same.")]
    public static async Task<BulkSendResult> SendBulkAsync(this IMessagesClient messages, IAsyncEnumerable<BulkMessage> batch, BulkSendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(batch);
        options ??= new BulkSendOptions();
        if (options.MaxConcurrency is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxConcurrency, "BulkSendOptions.MaxConcurrency must be 1 to 10,000.");
        }

        var results = new List<BulkMessageResult?>();
        using var slots = new SemaphoreSlim(options.MaxConcurrency);
        var running = new List<Task>();
        int completed = 0, accepted = 0, failed = 0;
        var index = 0;
        await foreach (var message in batch.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            var position = index++;
            results.Add(null);
            running.Add(SendOneAsync(position, message));
            if (running.Count >= 4 * options.MaxConcurrency)
            {
                running.RemoveAll(static t => t.IsCompleted);
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        return new BulkSendResult(results.Select(r => r!).ToArray());

        async Task SendOneAsync(int position, BulkMessage message)
        {
            BulkMessageResult result;
            try
            {
                var sent = await messages.SendAsync(message.Recipient, message.Message, message.Options, cancellationToken).ConfigureAwait(false);
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
                slots.Release();
            }

            lock (results)
            {
                results[position] = result;
            }

            var done = Interlocked.Increment(ref completed);
            options.Progress?.Report(new BulkSendProgress(done, Volatile.Read(ref accepted), Volatile.Read(ref failed)));
        }
    }

    private static async IAsyncEnumerable<BulkMessage> ToAsyncEnumerable(this IEnumerable<BulkMessage> source)
    {
        foreach (var item in source)
        {
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
