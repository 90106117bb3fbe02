namespace CloudApi.Sdk.Emulator;

/// <summary>How the emulator delivers webhooks to <see cref="EmulatorOptions.WebhookCallbackUri"/>.</summary>
public sealed class EmulatorWebhookOptions
{
    /// <summary>Gets or sets how many times one webhook is attempted before it is dropped.</summary>
    /// <value>Default 5. Range 1 or more.</value>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Gets or sets the wait before the first retry; it doubles for each later retry.</summary>
    /// <value>Default 200 ms. Measured on <see cref="EmulatorOptions.TimeProvider"/>.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Gets or sets the probability (0 to 1) that a delivered webhook is delivered a second time, as Meta may.</summary>
    /// <value>Default 0.</value>
    public double DuplicateDeliveryRate { get; set; }

    /// <summary>Gets or sets how many webhooks may wait for delivery; a send waits when the queue is full.</summary>
    /// <value>Default 10,000.</value>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets how many webhooks are posted at the same time. Meta posts concurrently, so statuses may arrive out of
    /// order; 1 keeps the queue's order (what most tests want).
    /// </summary>
    /// <value>Default 1. Range 1 to 256.</value>
    public int MaxConcurrentDeliveries { get; set; } = 1;

    /// <summary>Gets or sets a value indicating whether each accepted message gets <c>delivered</c> and <c>read</c> statuses after <c>sent</c>.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool SendDeliveredAndRead { get; set; } = true;
}
