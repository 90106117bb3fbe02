namespace CloudApi.Sdk.RateLimiting;

/// <summary>One acquire: a send from <see cref="PhoneNumberId"/> to <see cref="RecipientKey"/> under <see cref="Rules"/>.</summary>
public readonly struct RateLimitAcquireRequest
{
    /// <summary>Creates an acquire.</summary>
    /// <param name="phoneNumberId">The sending business phone-number id.</param>
    /// <param name="recipientKey">The recipient's pair key (<see cref="WhatsAppSendKey.RecipientKey"/>: phone digits, or a BSUID's tagged hash); 0 when no pair limit applies.</param>
    /// <param name="rules">The limits to apply.</param>
    /// <param name="pairMode">How the pair limit is treated.</param>
    public RateLimitAcquireRequest(string phoneNumberId, long recipientKey, RateLimitRules rules, PairAcquireMode pairMode)
    {
        PhoneNumberId = phoneNumberId;
        RecipientKey = recipientKey;
        Rules = rules;
        PairMode = pairMode;
    }

    /// <summary>The sending business phone-number id.</summary>
    public string PhoneNumberId { get; }

    /// <summary>The recipient's pair key (<see cref="WhatsAppSendKey.RecipientKey"/>: phone digits, or a BSUID's tagged hash); 0 when no pair limit applies.</summary>
    public long RecipientKey { get; }

    /// <summary>The limits to apply.</summary>
    public RateLimitRules Rules { get; }

    /// <summary>How the pair limit is treated.</summary>
    public PairAcquireMode PairMode { get; }
}
