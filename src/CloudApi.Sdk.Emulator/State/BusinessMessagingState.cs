using System.Collections.Concurrent;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>What a business set on its numbers beyond sending: block lists, QR codes and conversational automation.</summary>
internal sealed class BusinessMessagingState
{
    /// <summary>The most users Meta keeps blocked on one number.</summary>
    public const int MaxBlockListSize = 64_000;

    private readonly ConcurrentDictionary<string, NumberFeatures> _numbers = new(StringComparer.Ordinal);

    public NumberFeatures For(string phoneNumberId) => _numbers.GetOrAdd(phoneNumberId, static id => new NumberFeatures(id));

    /// <summary>The number whose business bot has <paramref name="botId"/>, if any.</summary>
    public NumberFeatures? FindBot(string botId) => _numbers.Values.FirstOrDefault(n => n.Automation is { } automation && automation.BotId == botId);

    public bool IsBlocked(string phoneNumberId, string waId) =>
        _numbers.TryGetValue(phoneNumberId, out var number) && number.IsBlocked(waId);
}

/// <summary>The features of one number; every member locks <see cref="Sync"/>.</summary>
internal sealed class NumberFeatures(string phoneNumberId)
{
    private readonly List<string> _blocked = [];
    private readonly Dictionary<string, StoredQrCode> _qrCodes = new(StringComparer.Ordinal);

    public string PhoneNumberId { get; } = phoneNumberId;

    public Lock Sync { get; } = new();

    public StoredAutomation? Automation { get; set; }

    public bool IsBlocked(string waId)
    {
        lock (Sync)
        {
            return _blocked.Contains(waId, StringComparer.Ordinal);
        }
    }

    /// <summary>Blocks or unblocks; the caller checked eligibility. Returns <see langword="false"/> when the list is full.</summary>
    public bool Change(string waId, bool block)
    {
        lock (Sync)
        {
            var index = _blocked.IndexOf(waId);
            if (block && index < 0)
            {
                if (_blocked.Count >= BusinessMessagingState.MaxBlockListSize)
                {
                    return false;
                }

                _blocked.Add(waId);
            }
            else if (!block && index >= 0)
            {
                _blocked.RemoveAt(index);
            }

            return true;
        }
    }

    public List<string> Blocked()
    {
        lock (Sync)
        {
            return [.. _blocked];
        }
    }

    public List<StoredQrCode> QrCodes()
    {
        lock (Sync)
        {
            return [.. _qrCodes.Values.OrderBy(q => q.Created).ThenBy(q => q.Code, StringComparer.Ordinal)];
        }
    }

    public StoredQrCode? FindQrCode(string code)
    {
        lock (Sync)
        {
            return _qrCodes.GetValueOrDefault(code);
        }
    }

    public void Save(StoredQrCode code)
    {
        lock (Sync)
        {
            _qrCodes[code.Code] = code;
        }
    }

    public bool DeleteQrCode(string code)
    {
        lock (Sync)
        {
            return _qrCodes.Remove(code);
        }
    }
}

/// <summary>A message QR code as the emulator keeps it.</summary>
internal sealed record StoredQrCode(string Code, string PrefilledMessage, DateTimeOffset Created);

/// <summary>A number's conversational automation (its business bot).</summary>
internal sealed record StoredAutomation(string BotId, bool WelcomeMessage, IReadOnlyList<string> Prompts, IReadOnlyList<(string Name, string Description)> Commands);
