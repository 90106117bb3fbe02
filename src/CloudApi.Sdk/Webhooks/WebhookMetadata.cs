namespace CloudApi.Sdk.Webhooks;

/// <summary>The business phone number a <c>messages</c> notification is about (<c>value.metadata</c>).</summary>
public sealed class WebhookMetadata
{
    internal WebhookMetadata(string? displayPhoneNumber, string? phoneNumberId)
    {
        DisplayPhoneNumber = displayPhoneNumber;
        PhoneNumberId = phoneNumberId;
    }

    /// <summary>The number as displayed (<c>display_phone_number</c>), e.g. <c>15550783881</c>.</summary>
    public string? DisplayPhoneNumber { get; }

    /// <summary>The phone-number id (<c>phone_number_id</c>) to answer from.</summary>
    public string? PhoneNumberId { get; }
}
