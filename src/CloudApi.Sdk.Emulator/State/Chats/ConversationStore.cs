using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.State.Chats;

/// <summary>
/// The chats the inbox shows, per (business number, user): every message the business sent or was refused, every
/// message the user sent, with delivery states, reactions, read receipts and typing indicators. Thread-safe; every
/// change is published on <see cref="Changes"/>.
/// </summary>
internal sealed class ConversationStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Number, string User), Chat> _chats = [];
    private readonly Dictionary<string, (string Number, string User)> _byMessageId = new(StringComparer.Ordinal);
    private long _refused;

    public ChangeFeed Changes { get; } = new();

    /// <summary>Records a message the business sent; a reaction attaches to the message it reacts to.</summary>
    public void BusinessSent(EmulatedMessage message, JsonObject body, DeliveryState delivery)
    {
        var entry = new ChatEntry(message.Id, ChatDirection.FromBusiness, message.Type, body, message.AcceptedAt, delivery);
        Change(() =>
        {
            var chat = ChatOf(message.PhoneNumberId, message.Recipient, message.To);
            chat.TypingSince = null;
            if (message.Type == "reaction" && body["reaction"] is JsonObject reaction
                && reaction["message_id"]?.GetValue<string>() is { } target && chat.IndexOf(target) is var at and >= 0)
            {
                var emoji = reaction["emoji"]?.GetValue<string>();
                chat.Entries[at] = chat.Entries[at] with { BusinessReaction = string.IsNullOrEmpty(emoji) ? null : emoji };
                return;
            }

            Add(chat, entry);
        });
    }

    /// <summary>Records a send the emulator refused after validating it (rate limits, the service window, templates).</summary>
    public void BusinessRefused(string phoneNumberId, string to, string recipient, string type, JsonObject body, DateTimeOffset at, ChatError error) =>
        Change(() =>
        {
            var id = "refused." + Interlocked.Increment(ref _refused).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(ChatOf(phoneNumberId, recipient, to), new ChatEntry(id, ChatDirection.FromBusiness, type, body, at, DeliveryState.Failed(error)));
        });

    /// <summary>Records a message the user sent (the inbound webhook's message object); a reaction attaches to its target.</summary>
    public void UserSent(string phoneNumberId, string user, string? profileName, JsonObject message) =>
        Change(() =>
        {
            var chat = ChatOf(phoneNumberId, user, "+" + user);
            if (profileName is not null)
            {
                chat.ProfileName = profileName;
            }

            var type = message["type"]?.GetValue<string>() ?? "text";
            if (type == "reaction" && message["reaction"] is JsonObject reaction
                && reaction["message_id"]?.GetValue<string>() is { } target && chat.IndexOf(target) is var at and >= 0)
            {
                var emoji = reaction["emoji"]?.GetValue<string>();
                chat.Entries[at] = chat.Entries[at] with { UserReaction = string.IsNullOrEmpty(emoji) ? null : emoji };
                return;
            }

            var id = message["id"]?.GetValue<string>() ?? string.Empty;
            var timestamp = long.TryParse(message["timestamp"]?.GetValue<string>(), out var unix) ? DateTimeOffset.FromUnixTimeSeconds(unix) : DateTimeOffset.MinValue;
            Add(chat, new ChatEntry(id, ChatDirection.FromUser, type, message, timestamp, DeliveryState.Received));
        });

    /// <summary>The business marked a user's message read (and maybe showed a typing indicator); unknown ids are ignored.</summary>
    public void MarkedRead(string phoneNumberId, string messageId, bool typing, DateTimeOffset at) =>
        Change(() =>
        {
            if (!_byMessageId.TryGetValue(messageId, out var key) || key.Number != phoneNumberId)
            {
                return;
            }

            var chat = _chats[key];
            for (var i = 0; i < chat.Entries.Count; i++)
            {
                var entry = chat.Entries[i];
                if (entry.Direction == ChatDirection.FromUser && !entry.ReadByBusiness)
                {
                    chat.Entries[i] = entry with { ReadByBusiness = true };
                }

                if (entry.Id == messageId)
                {
                    break;
                }
            }

            if (typing)
            {
                chat.TypingSince = at;
            }
        });

    /// <summary>Starts an empty chat (a new user the person wants to write as).</summary>
    public void Start(string phoneNumberId, string user, string? profileName) =>
        Change(() =>
        {
            var chat = ChatOf(phoneNumberId, user, "+" + user);
            chat.ProfileName = profileName ?? chat.ProfileName;
        });

    /// <summary>Gets the chats of a business number, the most recently active first.</summary>
    public IReadOnlyList<Conversation> ForNumber(string phoneNumberId)
    {
        lock (_lock)
        {
            return _chats.Values.Where(c => c.PhoneNumberId == phoneNumberId).Select(c => c.Snapshot())
                .OrderByDescending(c => c.LastActivity).ThenBy(c => c.User, StringComparer.Ordinal).ToList();
        }
    }

    public Conversation? Find(string phoneNumberId, string user)
    {
        lock (_lock)
        {
            return _chats.GetValueOrDefault((phoneNumberId, user))?.Snapshot();
        }
    }

    public void Clear() => Change(() =>
    {
        _chats.Clear();
        _byMessageId.Clear();
    });

    private void Change(Action change)
    {
        lock (_lock)
        {
            change();
        }

        Changes.Publish();
    }

    private Chat ChatOf(string phoneNumberId, string user, string address)
    {
        if (!_chats.TryGetValue((phoneNumberId, user), out var chat))
        {
            chat = new Chat(phoneNumberId, user, address);
            _chats[(phoneNumberId, user)] = chat;
        }

        return chat;
    }

    private void Add(Chat chat, ChatEntry entry)
    {
        chat.Entries.Add(entry);
        if (entry.Id.Length > 0)
        {
            _byMessageId[entry.Id] = (chat.PhoneNumberId, chat.User);
        }
    }

    private sealed class Chat(string phoneNumberId, string user, string address)
    {
        public string PhoneNumberId { get; } = phoneNumberId;

        public string User { get; } = user;

        public string Address { get; } = address;

        public string? ProfileName { get; set; }

        public List<ChatEntry> Entries { get; } = [];

        public DateTimeOffset? TypingSince { get; set; }

        public int IndexOf(string id) => Entries.FindIndex(e => e.Id == id);

        public Conversation Snapshot() => new(PhoneNumberId, User, Address, ProfileName, Entries.ToArray(), TypingSince);
    }
}
