namespace CloudApi.Sdk.Webhooks;

/// <summary>The business phone number a <c>messages</c> notification is about (<c>value.metadata</c>).</summary>
/// <param name="DisplayPhoneNumber">The number as displayed (<c>display_phone_number</c>), e.g. <c>15550783881</c>.</param>
/// <param name="PhoneNumberId">The phone-number id (<c>phone_number_id</c>) to answer from.</param>
public sealed record WebhookMetadata(string? DisplayPhoneNumber, string? PhoneNumberId);
