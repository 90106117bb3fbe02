using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CloudApi.Sdk.Emulator.Partners;

/// <summary>
/// The emulated tech-provider side: the provider's business, the businesses onboarded through Embedded Signup, the
/// codes they were given (single-use, 30 seconds on the emulator's clock, as Meta's) and the tokens the codes became.
/// </summary>
internal sealed class PartnerState
{
    /// <summary>The business portfolio that owns the emulator's app (the provider).</summary>
    public const string ProviderBusinessId = "400000000000001";

    public const string ProviderBusinessName = "Emulator Tech Provider";

    /// <summary>How long an Embedded Signup code can be exchanged.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, OnboardedBusiness> _businesses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (OnboardedBusiness Business, DateTimeOffset IssuedAt)> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (OnboardedBusiness Business, DateTimeOffset IssuedAt)> _tokens = new(StringComparer.Ordinal);

    /// <summary>The onboarded businesses, oldest first.</summary>
    public IReadOnlyList<OnboardedBusiness> Businesses => [.. _businesses.Values.OrderBy(static b => b.CreatedAt).ThenBy(static b => b.BusinessId, StringComparer.Ordinal)];

    public OnboardedBusiness? FindBusiness(string id) => _businesses.TryGetValue(id, out var business) ? business : null;

    public void Add(OnboardedBusiness business) => _businesses[business.BusinessId] = business;

    public string IssueCode(OnboardedBusiness business, DateTimeOffset now)
    {
        var code = "AQ" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        _codes[code] = (business, now);
        return code;
    }

    /// <summary>Takes the code (it cannot be used twice); <see langword="null"/> when unknown, used or expired.</summary>
    public OnboardedBusiness? Redeem(string code, DateTimeOffset now) =>
        _codes.TryRemove(code, out var issued) && now - issued.IssuedAt <= CodeLifetime ? issued.Business : null;

    public string IssueToken(OnboardedBusiness business, DateTimeOffset now)
    {
        var token = "EAAG" + Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _tokens[token] = (business, now);
        return token;
    }

    /// <summary>The business a token was issued for, and when.</summary>
    public (OnboardedBusiness Business, DateTimeOffset IssuedAt)? FindToken(string token) => _tokens.TryGetValue(token, out var grant) ? grant : null;
}
