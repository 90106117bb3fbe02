namespace CloudApi.Sdk.Emulator.Partners;

/// <summary>A business onboarded through the emulated Embedded Signup: its portfolio, WABA and number.</summary>
internal sealed class OnboardedBusiness
{
    public required string BusinessId { get; init; }

    public required string Name { get; init; }

    public required string BusinessAccountId { get; init; }

    public required string PhoneNumberId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
