namespace CloudApi.Sdk.Emulator;

/// <summary>Optional details of a simulated inbound message (<see cref="WhatsAppEmulator.SimulateInboundMessageAsync"/>).</summary>
public sealed class InboundMessageOptions
{
    /// <summary>Gets or sets the business phone-number id the user writes to.</summary>
    /// <value>Default <see langword="null"/>: the first configured number.</value>
    public string? PhoneNumberId { get; set; }

    /// <summary>Gets or sets the user's profile name in <c>contacts[].profile.name</c>.</summary>
    /// <value>Default <see langword="null"/>: the user's number.</value>
    public string? ProfileName { get; set; }
}
