namespace CloudApi.Sdk.Emulator;

/// <summary>
/// A fault injected into message sends (<c>POST /{phone-number-id}/messages</c>). Each matching send triggers it with
/// <see cref="Probability"/>; after it has triggered <see cref="Count"/> times it is removed. So "the next 3 sends fail"
/// is <c>Count = 3</c>, and "10 % of sends fail" is <c>Probability = 0.1</c>.
/// </summary>
public sealed class EmulatorFault
{
    /// <summary>Gets or sets what the fault does.</summary>
    /// <value>Default <see cref="EmulatorFaultKind.ServerError"/>.</value>
    public EmulatorFaultKind Kind { get; set; }

    /// <summary>Gets or sets the business phone-number id the fault applies to.</summary>
    /// <value>Default <see langword="null"/>: every number.</value>
    public string? PhoneNumberId { get; set; }

    /// <summary>Gets or sets the probability that a matching send triggers the fault (drawn from a random source seeded with <see cref="EmulatorOptions.RandomSeed"/>).</summary>
    /// <value>Default 1 (every matching send). Range 0 to 1.</value>
    public double Probability { get; set; } = 1;

    /// <summary>Gets or sets how many times the fault triggers before it is removed.</summary>
    /// <value>Default <see langword="null"/>: it never expires. Range 1 or more.</value>
    public int? Count { get; set; }

    /// <summary>Gets or sets the delay of <see cref="EmulatorFaultKind.SlowResponse"/>.</summary>
    /// <value>Default 5 seconds.</value>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the error code in the <c>failed</c> status of <see cref="EmulatorFaultKind.FailedDelivery"/>.</summary>
    /// <value>Default 131026 (message undeliverable).</value>
    public int ErrorCode { get; set; } = 131026;
}
