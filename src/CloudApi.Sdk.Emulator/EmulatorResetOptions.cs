namespace CloudApi.Sdk.Emulator;

/// <summary>What <see cref="WhatsAppEmulator.Reset"/> clears besides messages, chats, counters, windows and limits.</summary>
public sealed class EmulatorResetOptions
{
    /// <summary>Gets or sets a value indicating whether the stored message templates are deleted too.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool Templates { get; set; }

    /// <summary>Gets or sets a value indicating whether the uploaded media (and their files) are deleted too.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool Media { get; set; }
}
