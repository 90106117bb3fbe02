using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CloudApi.Sdk.Emulator.Groups;

/// <summary>
/// The groups of every number. One lock guards them all: group calls are rare next to sends, and a send to a group reads
/// its participants under the same lock.
/// </summary>
internal sealed class GroupStore
{
    /// <summary>The text every group id starts with once encoded (<c>capi_group:</c>, as Meta's ids decode to).</summary>
    public const string IdPrefix = "Y2FwaV9ncm91cD";

    private readonly Dictionary<string, EmulatedGroup> _groups = new(StringComparer.Ordinal);
    private long _sequence;

    public Lock Sync { get; } = new();

    /// <summary>Whether <paramref name="id"/> is shaped like a group id (so an unknown one answers 131041, not "unknown object").</summary>
    public static bool LooksLikeGroupId(string id) => id.StartsWith(IdPrefix, StringComparison.Ordinal);

    public EmulatedGroup Create(string phoneNumberDigits, string phoneNumberId, string subject, string? description, string joinApprovalMode, DateTimeOffset now)
    {
        lock (Sync)
        {
            var sequence = ++_sequence;
            var raw = $"capi_group:{phoneNumberDigits}:{120363000000000000 + sequence}";
            var id = Convert.ToBase64String(Encoding.ASCII.GetBytes(raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var group = new EmulatedGroup(sequence, id, phoneNumberId, subject, description, joinApprovalMode, now) { InviteLink = NewInviteLink() };
            _groups.Add(id, group);
            return group;
        }
    }

    public EmulatedGroup? Find(string id)
    {
        lock (Sync)
        {
            return _groups.GetValueOrDefault(id);
        }
    }

    public EmulatedGroup? FindByInviteLink(string link)
    {
        lock (Sync)
        {
            return _groups.Values.FirstOrDefault(g => string.Equals(g.InviteLink, link, StringComparison.Ordinal));
        }
    }

    /// <summary>The number's groups in creation order.</summary>
    public List<EmulatedGroup> Of(string phoneNumberId)
    {
        lock (Sync)
        {
            return [.. _groups.Values.Where(g => g.PhoneNumberId == phoneNumberId).OrderBy(g => g.Sequence)];
        }
    }

    public int CountOf(string phoneNumberId)
    {
        lock (Sync)
        {
            return _groups.Values.Count(g => g.PhoneNumberId == phoneNumberId);
        }
    }

    public bool Delete(string id)
    {
        lock (Sync)
        {
            return _groups.Remove(id);
        }
    }

    public void Clear()
    {
        lock (Sync)
        {
            _groups.Clear();
        }
    }

    public static string NewInviteLink() => "https://chat.whatsapp.com/" + RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 22);

    public static string NewJoinRequestId(long sequence, string waId) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(waId + ":" + (120363400000000000 + sequence).ToString(CultureInfo.InvariantCulture))).TrimEnd('=');
}
