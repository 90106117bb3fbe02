namespace CloudApi.Sdk.Emulator;

/// <summary>A snapshot of what the emulator counted since it started or was last reset.</summary>
public sealed class EmulatorStats
{
    /// <summary>Initializes a new instance of the <see cref="EmulatorStats"/> class.</summary>
    /// <param name="total">Counts over every request.</param>
    /// <param name="phoneNumbers">Counts per business phone-number id.</param>
    /// <param name="pairs">Counts per (business number, recipient) pair.</param>
    /// <param name="webhooksDelivered">Webhook posts the callback answered with a success status.</param>
    /// <param name="webhooksFailed">Webhook posts that failed (each failed attempt counts once).</param>
    public EmulatorStats(
        EmulatorCounters total,
        IReadOnlyDictionary<string, EmulatorCounters> phoneNumbers,
        IReadOnlyList<EmulatorPairStats> pairs,
        long webhooksDelivered,
        long webhooksFailed)
    {
        Total = total ?? throw new ArgumentNullException(nameof(total));
        PhoneNumbers = phoneNumbers ?? throw new ArgumentNullException(nameof(phoneNumbers));
        Pairs = pairs ?? throw new ArgumentNullException(nameof(pairs));
        WebhooksDelivered = webhooksDelivered;
        WebhooksFailed = webhooksFailed;
    }

    /// <summary>Gets the counts over every request (errors include those of non-message endpoints, such as 190).</summary>
    public EmulatorCounters Total { get; }

    /// <summary>Gets the counts per business phone-number id.</summary>
    public IReadOnlyDictionary<string, EmulatorCounters> PhoneNumbers { get; }

    /// <summary>Gets the counts per (business number, recipient) pair.</summary>
    public IReadOnlyList<EmulatorPairStats> Pairs { get; }

    /// <summary>Gets the number of webhook posts the callback answered with a success status.</summary>
    public long WebhooksDelivered { get; }

    /// <summary>Gets the number of webhook post attempts that failed.</summary>
    public long WebhooksFailed { get; }

    /// <summary>Gets the counts for one pair.</summary>
    /// <param name="phoneNumberId">The business phone-number id.</param>
    /// <param name="recipient">The recipient's WhatsApp id (digits only).</param>
    /// <returns>The counts, or <see langword="null"/> when nothing was counted for the pair.</returns>
    public EmulatorCounters? ForPair(string phoneNumberId, string recipient) =>
        Pairs.FirstOrDefault(p => p.PhoneNumberId == phoneNumberId && p.Recipient == recipient)?.Counters;
}
