using System.Globalization;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Campaigns;

/// <summary>
/// A <see cref="CampaignMessage"/> as the fields of its hash: <c>i</c> index, <c>rk</c>/<c>r</c> recipient kind and value,
/// <c>t</c> type, <c>c</c> content (raw bytes), <c>p</c> phone-number id, <c>rt</c> reply-to wamid, <c>cd</c> caller's
/// callback data, <c>k</c> marker, <c>s</c> state (its number), <c>id</c> wamid, <c>ek</c>/<c>ec</c>/<c>em</c> error kind,
/// code and message, <c>d</c>/<c>dr</c> delivery status and its rank, <c>u</c> updated at (UTC ticks), <c>pc</c>/<c>pm</c>/<c>b</c>
/// pricing category, model and billable (1/0), <c>a</c> attempts, <c>w</c> the holding worker. A null value has no field.
/// </summary>
internal static class RedisCampaignRecord
{
    /// <summary>The fields a new record is added with (the store adds <c>s</c> and <c>u</c>).</summary>
    public static List<RedisValue> Fields(CampaignMessage message)
    {
        var fields = new List<RedisValue>(32);
        void Add(string name, RedisValue value)
        {
            fields.Add(name);
            fields.Add(value);
        }

        Add("i", message.Index);
        Add("rk", (int)message.Recipient.Kind);
        Add("r", message.Recipient.Value);
        Add("t", message.MessageType);
        Add("c", message.Content);
        Add("k", message.Marker);
        Add("a", message.Attempts);
        if (message.PhoneNumberId is { } phoneNumberId)
        {
            Add("p", phoneNumberId);
        }

        if (message.ReplyToMessageId is { } replyTo)
        {
            Add("rt", replyTo);
        }

        if (message.CallbackData is { } callbackData)
        {
            Add("cd", callbackData);
        }

        if (message.MessageId is { } messageId)
        {
            Add("id", messageId);
        }

        if (message.Error is { } error)
        {
            Add("ek", error.Kind);
            Add("em", error.Message);
            if (error.Code is { } code)
            {
                Add("ec", code);
            }
        }

        if (message.Delivery is { } delivery)
        {
            Add("d", delivery.Value);
            Add("dr", Rank(delivery));
        }

        if (message.PricingCategory is { } category)
        {
            Add("pc", category);
        }

        if (message.PricingModel is { } model)
        {
            Add("pm", model);
        }

        if (message.Billable is { } billable)
        {
            Add("b", billable ? 1 : 0);
        }

        return fields;
    }

    /// <summary>Reads a record from HGETALL's flat name/value array.</summary>
    public static CampaignMessage Read(RedisResult result)
    {
        var values = (RedisValue[])result!;
        var map = new Dictionary<string, RedisValue>(values.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < values.Length; i += 2)
        {
            map[values[i]!] = values[i + 1];
        }

        return Read(map);
    }

    /// <summary>Reads a record from its hash entries.</summary>
    public static CampaignMessage Read(HashEntry[] entries)
    {
        var map = new Dictionary<string, RedisValue>(entries.Length, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[entry.Name!] = entry.Value;
        }

        return Read(map);
    }

    /// <summary>The order of delivery statuses for the scripts: sent 1, delivered 2, read 3, played 4, failed 100 (final), others 0.</summary>
    public static int Rank(DeliveryStatus status) =>
        status == DeliveryStatus.Failed ? 100
        : status == DeliveryStatus.Sent ? 1
        : status == DeliveryStatus.Delivered ? 2
        : status == DeliveryStatus.Read ? 3
        : status == DeliveryStatus.Played ? 4
        : 0;

    /// <summary>A value for a script's optional argument: '' for null, else '=' and the value.</summary>
    public static RedisValue Optional(string? value) => value is null ? RedisValue.EmptyString : "=" + value;

    public static long Ticks(DateTimeOffset time) => time.UtcTicks;

    private static CampaignMessage Read(Dictionary<string, RedisValue> map)
    {
        string? Text(string name) => map.TryGetValue(name, out var v) ? (string?)v : null;
        long? Number(string name) => map.TryGetValue(name, out var v) ? (long)v : null;

        CampaignMessageError? error = null;
        if (Text("ek") is { } kind)
        {
            error = new CampaignMessageError
            {
                Kind = kind,
                Message = Text("em") ?? string.Empty,
                Code = Number("ec") is { } code ? (int)code : null,
            };
        }

        return new CampaignMessage
        {
            Index = Number("i") ?? throw new InvalidOperationException("A campaign record in Redis has no index."),
            Recipient = Recipient((WhatsAppRecipientKind)(Number("rk") ?? 0), Text("r") ?? string.Empty),
            MessageType = Text("t") ?? string.Empty,
            Content = map.TryGetValue("c", out var content) ? (byte[])content! : ReadOnlyMemory<byte>.Empty,
            PhoneNumberId = Text("p"),
            ReplyToMessageId = Text("rt"),
            CallbackData = Text("cd"),
            Marker = Text("k") ?? string.Empty,
            State = (CampaignMessageState)(Number("s") ?? 0),
            MessageId = Text("id"),
            Error = error,
            Delivery = Text("d") is { } delivery ? (DeliveryStatus?)(DeliveryStatus)delivery : null,
            UpdatedAt = Number("u") is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null,
            PricingCategory = Text("pc"),
            PricingModel = Text("pm"),
            Billable = Number("b") is { } billable ? billable != 0 : null,
            Attempts = (int)(Number("a") ?? 0),
        };
    }

    private static WhatsAppRecipient Recipient(WhatsAppRecipientKind kind, string value) => kind switch
    {
        WhatsAppRecipientKind.PhoneNumber => WhatsAppRecipient.PhoneNumber(value),
        WhatsAppRecipientKind.UserId => WhatsAppRecipient.UserId(value),
        WhatsAppRecipientKind.ParentUserId => WhatsAppRecipient.ParentUserId(value),
        WhatsAppRecipientKind.Group => WhatsAppRecipient.Group(value),
        _ => default,
    };

    /// <summary>Formats a number for a script argument.</summary>
    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
