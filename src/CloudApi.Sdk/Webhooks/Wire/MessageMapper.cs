using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>
/// Maps a <c>messages[]</c> item (or an echo, or a history message) to its <see cref="InboundMessage"/> by its
/// <c>type</c>; a type without its payload (or with a payload of another JSON type), or a type the SDK does not know,
/// becomes an <see cref="UnknownMessageReceived"/> (its <see cref="WebhookEvent.RawJson"/> is the item).
/// </summary>
internal static class MessageMapper
{
    public static InboundMessage Map(MessageWire wire, in WebhookSource source, RawJsonRef raw) => Map(wire, null, source, raw);

    private static InboundMessage Map(MessageWire wire, MessageWire? outer, in WebhookSource source, RawJsonRef raw)
    {
        var message = Content(wire, source, raw) ?? new UnknownMessageReceived();
        message.SetCommon(new InboundMessageFields
        {
            Id = wire.Id ?? (outer is null ? null : outer.Edit?.OriginalMessageId),
            From = wire.From ?? outer?.From,
            FromUserId = wire.FromUserId ?? outer?.FromUserId,
            Timestamp = wire.Timestamp ?? outer?.Timestamp,
            Type = wire.Type,
            Context = Context(wire.Context),
            Referral = Referral(wire.Referral),
            Errors = WireMaps.Errors(wire.Errors),
            FromParentUserId = wire.FromParentUserId ?? outer?.FromParentUserId,
            GroupId = wire.GroupId ?? outer?.GroupId,
        });
        return (InboundMessage)ChangeMapper.Attach(message, source, raw);
    }

    private static InboundMessage? Content(MessageWire wire, in WebhookSource source, RawJsonRef raw) => wire.Type switch
    {
        "text" => wire.Text?.Body is { } body ? new TextMessageReceived { Body = body } : null,
        "image" => wire.Image is { Id: { } id } m ? new ImageMessageReceived { MediaId = id, MimeType = m.MimeType, Sha256 = m.Sha256, Url = m.Url, Caption = m.Caption } : null,
        "audio" => wire.Audio is { Id: { } id } m ? new AudioMessageReceived { MediaId = id, MimeType = m.MimeType, Sha256 = m.Sha256, Url = m.Url, Caption = m.Caption, Voice = m.Voice ?? false } : null,
        "video" => wire.Video is { Id: { } id } m ? new VideoMessageReceived { MediaId = id, MimeType = m.MimeType, Sha256 = m.Sha256, Url = m.Url, Caption = m.Caption } : null,
        "document" => wire.Document is { Id: { } id } m ? new DocumentMessageReceived { MediaId = id, MimeType = m.MimeType, Sha256 = m.Sha256, Url = m.Url, Caption = m.Caption, Filename = m.Filename } : null,
        "sticker" => wire.Sticker is { Id: { } id } m ? new StickerMessageReceived { MediaId = id, MimeType = m.MimeType, Sha256 = m.Sha256, Url = m.Url, Caption = m.Caption, Animated = m.Animated ?? false } : null,
        "location" => wire.Location is { Latitude: { } lat, Longitude: { } lon } l ? new LocationMessageReceived { Latitude = lat, Longitude = lon, Name = l.Name, Address = l.Address, Url = l.Url } : null,
        "contacts" => wire.Contacts is { } cards ? new ContactsMessageReceived { SharedContacts = WireMaps.List(cards, SharedContactOf) } : null,
        "interactive" => wire.Interactive is { } interactive ? Interactive(interactive) : null,
        "button" => wire.Button is { } b ? new TemplateButtonReplyReceived { Payload = b.Payload, Text = b.Text } : null,
        "reaction" => wire.Reaction is { } r ? new ReactionReceived { ReactedMessageId = r.MessageId, Emoji = r.Emoji } : null,
        "order" => wire.Order is { } o ? new OrderReceived { CatalogId = o.CatalogId, Text = o.Text, Items = WireMaps.List(o.ProductItems, OrderItemOf) } : null,
        "system" => wire.SystemNotice is { } s ? SystemNotice(s, wire.Identity) : null,
        "unsupported" or "unknown" => new UnsupportedMessageReceived { UnsupportedType = wire.Unsupported?.Type },
        "request_welcome" => new WelcomeRequestReceived(),
        "edit" => wire.Edit is { } e ? new MessageEditReceived { OriginalMessageId = e.OriginalMessageId, EditedMessage = e.Message is { } content ? Map(content, wire, source, raw) : null } : null,
        "revoke" => wire.Revoke is { } v ? new MessageRevokeReceived { OriginalMessageId = v.OriginalMessageId } : null,
        _ => null,
    };

    private static InboundMessage? Interactive(InteractiveWire wire) => wire.Type switch
    {
        "button_reply" => wire.ButtonReply is { Id: { } id } b ? new ButtonReplyReceived { ReplyId = id, Title = b.Title } : null,
        "list_reply" => wire.ListReply is { Id: { } id } l ? new ListReplyReceived { ReplyId = id, Title = l.Title, Description = l.Description } : null,
        "nfm_reply" => wire.NfmReply is { ResponseJson: { } json } n
            ? new FlowReplyReceived { Name = n.Name, Body = n.Body, ResponseJson = json, FlowToken = FlowToken(json) }
            : null,
        "call_permission_reply" => wire.CallPermissionReply is { } c
            ? new CallPermissionReplyReceived { Response = c.Response, ExpiresAt = c.ExpirationTimestamp, ResponseSource = c.ResponseSource, IsPermanent = c.IsPermanent }
            : null,
        _ => null,
    };

    private static SystemMessageReceived SystemNotice(SystemWire wire, IdentityWire? messageIdentity) => new()
    {
        Body = wire.Body,
        SystemType = wire.Type,
        NewWaId = wire.WaId ?? wire.NewWaId,
        NewUserId = wire.UserId,
        Identity = (wire.Identity ?? messageIdentity) is { } identity ? new UserIdentity(identity.Acknowledged ?? false, identity.CreatedTimestamp, identity.Hash) : null,
    };

    private static MessageContext? Context(ContextWire? wire) => wire is null ? null : new MessageContext
    {
        MessageId = wire.Id,
        From = wire.From,
        Forwarded = wire.Forwarded ?? false,
        FrequentlyForwarded = wire.FrequentlyForwarded ?? false,
        ReferredCatalogId = wire.ReferredProduct?.CatalogId,
        ReferredProductRetailerId = wire.ReferredProduct?.ProductRetailerId,
    };

    private static MessageReferral? Referral(ReferralWire? wire) => wire is null ? null : new MessageReferral
    {
        SourceUrl = wire.SourceUrl,
        SourceId = wire.SourceId,
        SourceType = wire.SourceType,
        Headline = wire.Headline,
        Body = wire.Body,
        MediaType = wire.MediaType,
        ImageUrl = wire.ImageUrl,
        VideoUrl = wire.VideoUrl,
        ThumbnailUrl = wire.ThumbnailUrl,
        ClickId = wire.CtwaClid,
        WelcomeMessageText = wire.WelcomeMessage?.Text,
    };

    private static SharedContact SharedContactOf(SharedContactWire wire) => new()
    {
        FormattedName = wire.Name?.FormattedName,
        FirstName = wire.Name?.FirstName,
        LastName = wire.Name?.LastName,
        Birthday = wire.Birthday,
        Company = wire.Org?.Company,
        Phones = WireMaps.List(wire.Phones, phone => new SharedContactPhone(phone.Phone, phone.Type, phone.WaId)),
        Emails = Values(wire.Emails, email => email.Email),
        Urls = Values(wire.Urls, url => url.Url),
    };

    private static List<string> Values<T>(List<T>? wires, Func<T, string?> value)
    {
        if (wires is null)
        {
            return [];
        }

        var values = new List<string>(wires.Count);
        foreach (var wire in wires)
        {
            if (wire is not null && value(wire) is { } text)
            {
                values.Add(text);
            }
        }

        return values;
    }

    private static OrderItem OrderItemOf(OrderItemWire wire) =>
        new(wire.ProductRetailerId, wire.Quantity is { } q and >= 0 and <= int.MaxValue ? (int)q : 0, wire.ItemPrice ?? 0, wire.Currency);

    /// <summary>The top-level <c>flow_token</c> of a flow response, if it is a JSON object holding one.</summary>
    private static string? FlowToken(string responseJson)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(responseJson));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isToken = reader.ValueTextEquals("flow_token"u8);
                reader.Read();
                if (isToken)
                {
                    return reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        _ => null,
                    };
                }

                reader.Skip();
            }

            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null; // The response is the flow's business; a malformed one still reaches the handler whole.
        }
    }
}
