namespace CloudApi.Sdk.Emulator;

/// <summary>What the emulator counted for one (business number, recipient) pair.</summary>
public sealed class EmulatorPairStats
{
    /// <summary>Initializes a new instance of the <see cref="EmulatorPairStats"/> class.</summary>
    /// <param name="phoneNumberId">The business phone-number id.</param>
    /// <param name="recipient">The recipient's WhatsApp id (digits only).</param>
    /// <param name="counters">The counts for the pair.</param>
    public EmulatorPairStats(string phoneNumberId, string recipient, EmulatorCounters counters)
    {
        PhoneNumberId = phoneNumberId ?? throw new ArgumentNullException(nameof(phoneNumberId));
        Recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        Counters = counters ?? throw new ArgumentNullException(nameof(counters));
    }

    /// <summary>Gets the business phone-number id.</summary>
    public string PhoneNumberId { get; }

    /// <summary>Gets the recipient's WhatsApp id (digits only).</summary>
    public string Recipient { get; }

    /// <summary>Gets the counts for the pair.</summary>
    public EmulatorCounters Counters { get; }
}
