namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>Maps a <c>statuses[]</c> item: a <see cref="MessageStatusUpdate"/>, or a <see cref="CallStatusUpdate"/> under <c>calls</c> (or with <c>type: call</c>).</summary>
internal static class StatusMapper
{
    public static WebhookEvent Map(string field, StatusWire wire, in WebhookSource source, RawJsonRef raw)
    {
        var callerData = CallbackDataMarker.Split(wire.BizOpaqueCallbackData, out var marker);
        WebhookEvent status = field == WebhookFields.Calls || wire.Type == "call"
            ? new CallStatusUpdate
            {
                CallId = wire.Id ?? string.Empty,
                Status = wire.Status,
                Timestamp = wire.Timestamp ?? default,
                RecipientId = wire.RecipientId,
                RecipientUserId = wire.RecipientUserId,
                BizOpaqueCallbackData = wire.BizOpaqueCallbackData,
                Errors = WireMaps.Errors(wire.Errors),
            }
            : new MessageStatusUpdate
            {
                MessageId = wire.Id ?? string.Empty,
                Status = wire.Status is { } value ? new DeliveryStatus(value) : default,
                Timestamp = wire.Timestamp ?? default,
                RecipientId = wire.RecipientId,
                RecipientType = wire.RecipientType,
                RecipientParticipantId = wire.RecipientParticipantId,
                RecipientUserId = wire.RecipientUserId,
                RecipientParentUserId = wire.RecipientParentUserId,
                RecipientIdentityKeyHash = wire.RecipientIdentityKeyHash,
                BizOpaqueCallbackData = callerData,
                CampaignMarker = marker,
                Conversation = wire.Conversation is { } c ? new StatusConversation(c.Id, c.ExpirationTimestamp, c.Origin?.Type) : null,
                Pricing = wire.Pricing is { } p ? new StatusPricing(p.Billable, p.PricingModel, p.Type, p.Category) : null,
                Errors = WireMaps.Errors(wire.Errors),
            };
        return ChangeMapper.Attach(status, source, raw);
    }
}
