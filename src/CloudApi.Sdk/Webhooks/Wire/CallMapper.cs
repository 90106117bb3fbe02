namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>Maps a <c>calls[]</c> item by its <c>event</c>; <see langword="null"/> for an event the SDK does not know.</summary>
internal static class CallMapper
{
    public static CallEvent? Map(CallWire wire) => wire.Event switch
    {
        "connect" => new CallConnect
        {
            CallId = wire.Id ?? string.Empty, From = wire.From, To = wire.To, FromUserId = wire.FromUserId, ToUserId = wire.ToUserId,
            Event = wire.Event, Timestamp = wire.Timestamp ?? default, Direction = wire.Direction,
            BizOpaqueCallbackData = wire.BizOpaqueCallbackData, Errors = WireMaps.Errors(wire.Errors),
            Session = wire.Session is { } s ? new CallSession(s.SdpType, s.Sdp) : null,
        },
        "terminate" => new CallTerminate
        {
            CallId = wire.Id ?? string.Empty, From = wire.From, To = wire.To, FromUserId = wire.FromUserId, ToUserId = wire.ToUserId,
            Event = wire.Event, Timestamp = wire.Timestamp ?? default, Direction = wire.Direction,
            BizOpaqueCallbackData = wire.BizOpaqueCallbackData, Errors = WireMaps.Errors(wire.Errors),
            Status = wire.Status, StartTime = wire.StartTime, EndTime = wire.EndTime,
            Duration = wire.Duration is { } seconds and >= 0 and <= int.MaxValue ? TimeSpan.FromSeconds(seconds) : null,
        },
        _ => null,
    };
}
