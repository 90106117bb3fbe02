namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Optional settings of <see cref="IPhoneNumbersClient.CreateAsync"/>.</summary>
public sealed class PhoneNumberCreateOptions
{
    /// <summary><value>The WhatsApp Business Account to add the number to. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }
}
