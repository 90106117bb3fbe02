using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CloudApi.Sdk.Emulator.Endpoints;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>
/// The users the emulator knows by phone number and business-scoped user id. A user's key (what chats, windows, limits
/// and <see cref="EmulatedMessage.Recipient"/> use) is their number's digits, or their BSUID when they have no number.
/// </summary>
internal sealed partial class UserDirectory
{
    private readonly ConcurrentDictionary<string, EmulatedUser> _byPhone = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EmulatedUser> _byUserId = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="value"/> is a BSUID (<c>US.1349...</c>) or a parent BSUID (<c>US.ENT.1181...</c>).</summary>
    public static bool IsUserId(string value) => UserIdPattern().IsMatch(value);

    /// <summary>Adds (or replaces) a user; a phone number or a BSUID is required, and a BSUID must be well formed.</summary>
    public void Add(EmulatedUser user)
    {
        var phone = user.PhoneNumber is null ? null : Ids.Digits(user.PhoneNumber);
        if (string.IsNullOrEmpty(phone) && user.UserId is null)
        {
            throw GraphError.InvalidParameter("A user needs a phone number or a user_id.");
        }

        foreach (var id in new[] { user.UserId, user.ParentUserId })
        {
            if (id is not null && !IsUserId(id))
            {
                throw GraphError.InvalidParameter($"'{id}' is not a business-scoped user id (e.g. US.13491208655302741918).");
            }
        }

        var stored = new EmulatedUser
        {
            PhoneNumber = string.IsNullOrEmpty(phone) ? null : phone,
            UserId = user.UserId,
            ParentUserId = user.ParentUserId,
            Username = user.Username,
            ProfileName = user.ProfileName,
        };
        if (stored.PhoneNumber is not null)
        {
            _byPhone[stored.PhoneNumber] = stored;
        }

        foreach (var id in new[] { stored.UserId, stored.ParentUserId })
        {
            if (id is not null)
            {
                _byUserId[id] = stored;
            }
        }
    }

    public IReadOnlyList<EmulatedUser> Snapshot() =>
        _byPhone.Values.Concat(_byUserId.Values).Distinct().ToList();

    /// <summary>The user with these number digits, or null.</summary>
    public EmulatedUser? ByPhone(string digits) => _byPhone.GetValueOrDefault(digits);

    /// <summary>The user with this BSUID or parent BSUID, or null.</summary>
    public EmulatedUser? ByUserId(string userId) => _byUserId.GetValueOrDefault(userId);

    /// <summary>The user a key names (digits or a BSUID), or null when the emulator does not know them.</summary>
    public EmulatedUser? ByKey(string key) => IsUserId(key) ? ByUserId(key) : ByPhone(key);

    /// <summary>The key of a user addressed by BSUID: their number's digits when known, else the BSUID.</summary>
    public string KeyOfUserId(string userId) => ByUserId(userId)?.PhoneNumber ?? userId;

    [GeneratedRegex("^[A-Z]{2}\\.(ENT\\.)?[A-Za-z0-9]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserIdPattern();
}
