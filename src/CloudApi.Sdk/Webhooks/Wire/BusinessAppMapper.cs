namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>Maps the items of <c>history</c>, <c>smb_app_state_sync</c>, <c>user_preferences</c> and <c>automatic_events</c>.</summary>
internal static class BusinessAppMapper
{
    public static HistorySync History(HistoryWire wire, WebhookSource source, RawJsonRef raw) => new()
    {
        Phase = wire.Metadata?.Phase,
        ChunkOrder = wire.Metadata?.ChunkOrder,
        Progress = wire.Metadata?.Progress,
        Threads = WireMaps.List(wire.Threads, thread => new HistoryThread
        {
            Id = thread.Id,
            Messages = WireMaps.List(thread.Messages, message => new HistoryMessage
            {
                Message = MessageMapper.Map(message, source, raw),
                To = message.To,
                Status = message.HistoryContext?.Status,
            }),
        }),
        Errors = WireMaps.Errors(wire.Errors),
    };

    public static AppStateSyncUpdate StateSync(StateSyncWire wire) => new()
    {
        SyncType = wire.Type,
        Action = wire.Action,
        Timestamp = wire.Metadata?.Timestamp,
        ContactFullName = wire.Contact?.FullName,
        ContactFirstName = wire.Contact?.FirstName,
        ContactPhoneNumber = wire.Contact?.PhoneNumber,
    };

    public static UserPreferenceUpdate UserPreference(UserPreferenceWire wire) => new()
    {
        WaId = wire.WaId,
        Detail = wire.Detail,
        Category = wire.Category,
        Value = wire.Value,
        Timestamp = wire.Timestamp,
        SignupId = wire.SignupId,
    };

    public static AutomaticEvent Automatic(AutomaticEventWire wire) => new()
    {
        MessageId = wire.Id,
        EventName = wire.EventName,
        Timestamp = wire.Timestamp,
        ClickId = wire.CtwaClid,
        Currency = wire.CustomData?.Currency,
        Value = wire.CustomData?.Value,
    };
}
