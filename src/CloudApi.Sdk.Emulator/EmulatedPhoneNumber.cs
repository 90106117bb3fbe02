namespace CloudApi.Sdk.Emulator;

/// <summary>A business phone number of the emulator, with its throughput and the fields Graph reports for it.</summary>
public sealed class EmulatedPhoneNumber
{
    /// <summary>Gets or sets the phone-number id used in paths (<c>/{version}/{phone-number-id}/messages</c>).</summary>
    /// <value>Default <c>100000000000001</c>.</value>
    public string Id { get; set; } = "100000000000001";

    /// <summary>Gets or sets the display number.</summary>
    /// <value>Default <c>+1 555-010-0001</c>.</value>
    public string DisplayPhoneNumber { get; set; } = "+1 555-010-0001";

    /// <summary>Gets or sets the verified business name.</summary>
    /// <value>Default <c>Emulated Business</c>.</value>
    public string VerifiedName { get; set; } = "Emulated Business";

    /// <summary>Gets or sets the id of the WABA that owns the number.</summary>
    /// <value>Default <see langword="null"/>: the first configured WABA.</value>
    public string? BusinessAccountId { get; set; }

    /// <summary>Gets or sets the throughput: messages per second this number may send (a token bucket of this capacity).</summary>
    /// <value>Default 80 (Meta's standard); Meta upgrades numbers to 1,000. Range 1 or more.</value>
    public int MessagesPerSecond { get; set; } = 80;

    /// <summary>Gets or sets the quality rating (<c>GREEN</c>, <c>YELLOW</c>, <c>RED</c>, <c>NA</c>).</summary>
    /// <value>Default <c>GREEN</c>.</value>
    public string QualityRating { get; set; } = "GREEN";

    /// <summary>Gets or sets the messaging limit tier (<c>TIER_250</c> to <c>TIER_UNLIMITED</c>). Reported, not enforced.</summary>
    /// <value>Default <c>TIER_2K</c>.</value>
    public string MessagingLimitTier { get; set; } = "TIER_2K";

    /// <summary>Gets or sets a value indicating whether the number starts registered (able to send).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool Registered { get; set; } = true;
}
