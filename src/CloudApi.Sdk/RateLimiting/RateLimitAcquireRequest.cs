namespace CloudApi.Sdk.RateLimiting;

/// <summary>One acquire: a send from <see cref="PhoneNumberId"/> to <see cref="RecipientKey"/> under <see cref="Rules"/>.</summary>
/// <param name="PhoneNumberId">The sending business phone-number id.</param>
/// <param name="RecipientKey">The recipient's phone number as digits (e.g. 16505551234); 0 when no pair limit applies.</param>
/// <param name="Rules">The limits to apply.</param>
/// <param name="PairMode">How the pair limit is treated.</param>
public readonly record struct RateLimitAcquireRequest(string PhoneNumberId, long RecipientKey, RateLimitRules Rules, PairAcquireMode PairMode);
