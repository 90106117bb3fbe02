using System.Security.Cryptography;
using System.Text;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>The accepted messages, and duplicate detection over their canonical bodies.</summary>
internal sealed class MessageLog
{
    private readonly Lock _lock = new();
    private readonly List<EmulatedMessage> _messages = [];
    private readonly Dictionary<string, EmulatedMessage> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<(string Number, string Recipient, UInt128 BodyHash)> _bodies = [];

    /// <summary>Records an accepted message; returns whether the same canonical body had already been accepted for the pair.</summary>
    public bool Add(EmulatedMessage message, string canonicalBody)
    {
        var hash = Hash(canonicalBody);
        lock (_lock)
        {
            _messages.Add(message);
            _byId[message.Id] = message;
            return !_bodies.Add((message.PhoneNumberId, message.Recipient, hash));
        }
    }

    public EmulatedMessage? Find(string id)
    {
        lock (_lock)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<EmulatedMessage> Snapshot()
    {
        lock (_lock)
        {
            return _messages.ToArray();
        }
    }

    /// <summary>When a number's messages accepted at or after <paramref name="since"/> were accepted, newest first (the operator panel's measured rate).</summary>
    public List<DateTimeOffset> AcceptedSince(string phoneNumberId, DateTimeOffset since)
    {
        var times = new List<DateTimeOffset>();
        lock (_lock)
        {
            for (var i = _messages.Count - 1; i >= 0 && _messages[i].AcceptedAt >= since; i--)
            {
                if (_messages[i].PhoneNumberId == phoneNumberId)
                {
                    times.Add(_messages[i].AcceptedAt);
                }
            }
        }

        return times;
    }

    public void Clear()
    {
        lock (_lock)
        {
            _messages.Clear();
            _byId.Clear();
            _bodies.Clear();
        }
    }

    private static UInt128 Hash(string canonicalBody)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(canonicalBody), digest);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }
}
