using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The expiry of a limited-time-offer template:
/// <c>{"type":"limited_time_offer","parameters":[{"type":"limited_time_offer","limited_time_offer":{"expiration_time_ms":1735689600000}}]}</c>.
/// Create it with <see cref="TemplateComponent.LimitedTimeOffer"/>.
/// </summary>
public sealed partial class TemplateLimitedTimeOfferComponent : TemplateComponent
{
    internal TemplateLimitedTimeOfferComponent(DateTimeOffset expiresAt)
    {
        ExpiresAt = expiresAt;
    }

    /// <inheritdoc />
    public override string Type => "limited_time_offer";

    /// <summary>When the offer expires (sent as Unix milliseconds).</summary>
    public DateTimeOffset ExpiresAt { get; }
}
