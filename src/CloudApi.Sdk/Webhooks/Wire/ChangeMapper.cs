using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>Maps one change (<c>entry[].changes[]</c>) to its events, in the order of its lists.</summary>
internal static class ChangeMapper
{
    public static void Map(EntryWire entry, ChangeWire change, ReadOnlyMemory<byte> body, List<WebhookEvent> events)
    {
        var field = change.Field ?? string.Empty;
        var source = new WebhookSource(entry.Id ?? string.Empty, entry.Time, field, null, []);
        if (change.Value is not { } value)
        {
            // A change without a value: kept, so nothing Meta sent is lost silently.
            events.Add(Attach(new UnknownWebhookEvent { ValueJson = "null", RawJson = "null" }, source, default));
            return;
        }

        var raw = body[value.Start..value.End];
        if (value.IsObject && IsListShaped(field)
            && (value.Messaging ?? TolerantDeserializer.Deserialize(raw.Span, WhatsAppJsonContext.Default.MessagingValueWire)) is { } messaging)
        {
            var lists = new ListMapper(field, raw, source with { Metadata = WireMaps.Metadata(messaging.Metadata), Contacts = WireMaps.Contacts(messaging.Contacts) }, events);
            lists.Map(messaging);
        }
        else if (value.IsObject && FieldValueMapper.Map(field, raw.Span) is { } other)
        {
            events.Add(Attach(other, source, new RawJsonRef(raw)));
        }
        else
        {
            events.Add(Attach(new UnknownWebhookEvent(), source, new RawJsonRef(raw)));
        }
    }

    public static WebhookEvent Attach(WebhookEvent webhookEvent, in WebhookSource source, RawJsonRef raw)
    {
        webhookEvent.Attach(source, raw);
        return webhookEvent;
    }

    /// <summary>Fields whose value lists items (with <c>metadata</c> and <c>contacts</c> around them).</summary>
    private static bool IsListShaped(string field) => field is
        WebhookFields.Messages or WebhookFields.UserPreferences or WebhookFields.Calls or WebhookFields.History
        or WebhookFields.SmbMessageEchoes or WebhookFields.MessageEchoes or WebhookFields.SmbAppStateSync or WebhookFields.AutomaticEvents
        or WebhookFields.GroupLifecycleUpdate or WebhookFields.GroupParticipantsUpdate or WebhookFields.GroupSettingsUpdate or WebhookFields.GroupStatusUpdate;

    /// <summary>Maps the lists of one list-shaped value; each event's raw JSON is its item (<c>value.&lt;list&gt;[i]</c>).</summary>
    private readonly struct ListMapper(string field, ReadOnlyMemory<byte> value, WebhookSource source, List<WebhookEvent> events)
    {
        public void Map(MessagingValueWire wire)
        {
            var (f, s) = (field, source);
            Each(wire.Messages, "messages", (message, raw) => MessageMapper.Map(message, s, raw));
            Each(wire.Statuses, "statuses", (status, raw) => StatusMapper.Map(f, status, s, raw));
            Each(wire.Calls, "calls", (call, raw) => Or(CallMapper.Map(call), s, raw));
            Each(wire.Groups, "groups", (group, raw) => Or(GroupMapper.Map(f, group), s, raw));
            Each(wire.MessageEchoes, "message_echoes", (echo, raw) => Attach(new MessageEcho { To = echo.To, Message = MessageMapper.Map(echo, s, raw) }, s, raw));
            Each(wire.History, "history", (history, raw) => Attach(BusinessAppMapper.History(history, s, raw), s, raw));
            Each(wire.StateSync, "state_sync", (sync, raw) => Attach(BusinessAppMapper.StateSync(sync), s, raw));
            Each(wire.UserPreferences, "user_preferences", (preference, raw) => Attach(BusinessAppMapper.UserPreference(preference), s, raw));
            Each(wire.AutomaticEvents, "automatic_events", (automatic, raw) => Attach(BusinessAppMapper.Automatic(automatic), s, raw));
            if (wire.Errors is { Count: > 0 } errors)
            {
                events.Add(Attach(new WebhookErrorsReceived { Errors = WireMaps.Errors(errors) }, source, new RawJsonRef(value)));
            }
        }

        /// <summary>An item of a kind the SDK does not know is kept raw.</summary>
        private static WebhookEvent Or(WebhookEvent? mapped, in WebhookSource source, RawJsonRef raw) =>
            Attach(mapped ?? new UnknownWebhookEvent { ValueJson = WireMaps.Text(raw.Container) }, source, raw);

        private void Each<T>(List<T>? items, string list, Func<T, RawJsonRef, WebhookEvent> map)
            where T : class
        {
            if (items is null)
            {
                return;
            }

            for (var i = 0; i < items.Count; i++)
            {
                // A null item was not an object (or had a value of another type where an object was due): skipped.
                if (items[i] is { } item)
                {
                    events.Add(map(item, new RawJsonRef(value, list, i)));
                }
            }
        }
    }
}
