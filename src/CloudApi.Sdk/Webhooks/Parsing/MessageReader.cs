using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Parsing;

/// <summary>
/// Reads one <c>messages[]</c> object (the reader is on its start). The type's payload object is read when met and
/// kept only if it matches <c>type</c> (properties may come in any order); a type without its payload, or one the SDK
/// does not know, becomes an <see cref="UnknownMessageReceived"/> with the object's raw JSON.
/// </summary>
internal static class MessageReader
{
    public static InboundMessage Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        var start = (int)reader.TokenStartIndex;
        var fields = default(InboundMessageFields);
        InboundMessage? payload = null;
        string? payloadType = null;
        UserIdentity? identity = null;

        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                fields.Id = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("from"u8))
            {
                fields.From = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("timestamp"u8))
            {
                fields.Timestamp = JsonRead.Timestamp(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                fields.Type = TypeName(ref reader);
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                (payloadType, payload) = (MessageTypes.Text, ReadText(ref reader));
            }
            else if (reader.ValueTextEquals("context"u8))
            {
                fields.Context = ReadContext(ref reader);
            }
            else if (reader.ValueTextEquals("from_user_id"u8))
            {
                fields.FromUserId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("image"u8))
            {
                (payloadType, payload) = (MessageTypes.Image, ReadMedia(ref reader, MessageTypes.Image));
            }
            else if (reader.ValueTextEquals("audio"u8))
            {
                (payloadType, payload) = (MessageTypes.Audio, ReadMedia(ref reader, MessageTypes.Audio));
            }
            else if (reader.ValueTextEquals("video"u8))
            {
                (payloadType, payload) = (MessageTypes.Video, ReadMedia(ref reader, MessageTypes.Video));
            }
            else if (reader.ValueTextEquals("document"u8))
            {
                (payloadType, payload) = (MessageTypes.Document, ReadMedia(ref reader, MessageTypes.Document));
            }
            else if (reader.ValueTextEquals("sticker"u8))
            {
                (payloadType, payload) = (MessageTypes.Sticker, ReadMedia(ref reader, MessageTypes.Sticker));
            }
            else if (reader.ValueTextEquals("interactive"u8))
            {
                (payloadType, payload) = (MessageTypes.Interactive, InteractiveReader.Read(ref reader));
            }
            else if (reader.ValueTextEquals("button"u8))
            {
                (payloadType, payload) = (MessageTypes.Button, ReadButton(ref reader));
            }
            else if (reader.ValueTextEquals("reaction"u8))
            {
                (payloadType, payload) = (MessageTypes.Reaction, ReadReaction(ref reader));
            }
            else if (reader.ValueTextEquals("location"u8))
            {
                (payloadType, payload) = (MessageTypes.Location, ReadLocation(ref reader));
            }
            else if (reader.ValueTextEquals("contacts"u8))
            {
                (payloadType, payload) = (MessageTypes.Contacts, SharedContactReader.Read(ref reader));
            }
            else if (reader.ValueTextEquals("order"u8))
            {
                (payloadType, payload) = (MessageTypes.Order, ReadOrder(ref reader));
            }
            else if (reader.ValueTextEquals("system"u8))
            {
                (payloadType, payload) = (MessageTypes.System, ReadSystem(ref reader));
            }
            else if (reader.ValueTextEquals("unsupported"u8))
            {
                (payloadType, payload) = (MessageTypes.Unsupported, ReadUnsupported(ref reader));
            }
            else if (reader.ValueTextEquals("referral"u8))
            {
                fields.Referral = ReadReferral(ref reader);
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                fields.Errors = MessagesValueReader.ReadErrors(ref reader);
            }
            else if (reader.ValueTextEquals("identity"u8))
            {
                identity = ReadIdentity(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        var message = Resolve(fields.Type, payloadType, payload, identity)
            ?? new UnknownMessageReceived { RawJson = Encoding.UTF8.GetString(body[start..(int)reader.BytesConsumed]) };
        message.SetCommon(fields);
        return message;
    }

    private static InboundMessage? Resolve(string? type, string? payloadType, InboundMessage? payload, UserIdentity? identity)
    {
        if (type is null)
        {
            return null;
        }

        if (ReferenceEquals(type, payloadType) && payload is not null)
        {
            return payload is SystemMessageReceived system && identity is not null && system.Identity is null
                ? new SystemMessageReceived { Body = system.Body, SystemType = system.SystemType, NewWaId = system.NewWaId, Identity = identity }
                : payload;
        }

        // Types whose payload is optional.
        if (ReferenceEquals(type, MessageTypes.Unsupported) || ReferenceEquals(type, MessageTypes.UnknownLegacy))
        {
            return payload as UnsupportedMessageReceived ?? new UnsupportedMessageReceived();
        }

        return ReferenceEquals(type, MessageTypes.RequestWelcome) ? new WelcomeRequestReceived() : null;
    }

    private static string? TypeName(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        return MessageTypes.Intern(ref reader);
    }

    private static TextMessageReceived? ReadText(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        string? body = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("body"u8))
            {
                body = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return body is null ? null : new TextMessageReceived { Body = body };
    }

    private static MediaMessageReceived? ReadMedia(ref Utf8JsonReader reader, string type)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        string? id = null, mimeType = null, sha256 = null, url = null, caption = null, filename = null;
        bool voice = false, animated = false;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("mime_type"u8))
            {
                mimeType = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("sha256"u8))
            {
                sha256 = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("caption"u8))
            {
                caption = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("url"u8))
            {
                url = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("filename"u8))
            {
                filename = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("voice"u8))
            {
                voice = JsonRead.Bool(ref reader) ?? false;
            }
            else if (reader.ValueTextEquals("animated"u8))
            {
                animated = JsonRead.Bool(ref reader) ?? false;
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        if (id is null)
        {
            return null;
        }

        return type switch
        {
            MessageTypes.Image => new ImageMessageReceived { MediaId = id, MimeType = mimeType, Sha256 = sha256, Url = url, Caption = caption },
            MessageTypes.Audio => new AudioMessageReceived { MediaId = id, MimeType = mimeType, Sha256 = sha256, Url = url, Caption = caption, Voice = voice },
            MessageTypes.Video => new VideoMessageReceived { MediaId = id, MimeType = mimeType, Sha256 = sha256, Url = url, Caption = caption },
            MessageTypes.Document => new DocumentMessageReceived { MediaId = id, MimeType = mimeType, Sha256 = sha256, Url = url, Caption = caption, Filename = filename },
            _ => new StickerMessageReceived { MediaId = id, MimeType = mimeType, Sha256 = sha256, Url = url, Caption = caption, Animated = animated },
        };
    }

    private static LocationMessageReceived? ReadLocation(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        double? latitude = null, longitude = null;
        string? name = null, address = null, url = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("latitude"u8))
            {
                latitude = JsonRead.Double(ref reader);
            }
            else if (reader.ValueTextEquals("longitude"u8))
            {
                longitude = JsonRead.Double(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("address"u8))
            {
                address = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("url"u8))
            {
                url = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return latitude is { } lat && longitude is { } lon
            ? new LocationMessageReceived { Latitude = lat, Longitude = lon, Name = name, Address = address, Url = url }
            : null;
    }

    private static TemplateButtonReplyReceived? ReadButton(ref Utf8JsonReader reader) =>
        JsonRead.StringPair(ref reader, "payload"u8, "text"u8, out var payload, out var text)
            ? new TemplateButtonReplyReceived { Payload = payload, Text = text }
            : null;

    private static ReactionReceived? ReadReaction(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        string? messageId = null, emoji = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("message_id"u8))
            {
                messageId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("emoji"u8))
            {
                emoji = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new ReactionReceived { ReactedMessageId = messageId, Emoji = emoji };
    }

    private static OrderReceived? ReadOrder(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        string? catalogId = null, text = null;
        List<OrderItem>? items = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("catalog_id"u8))
            {
                catalogId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                text = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("product_items"u8))
            {
                if (JsonRead.StartArray(ref reader))
                {
                    while (JsonRead.NextObject(ref reader))
                    {
                        (items ??= []).Add(ReadOrderItem(ref reader));
                    }
                }
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new OrderReceived { CatalogId = catalogId, Text = text, Items = items ?? (IReadOnlyList<OrderItem>)[] };
    }

    private static OrderItem ReadOrderItem(ref Utf8JsonReader reader)
    {
        string? retailerId = null, currency = null;
        long quantity = 0;
        decimal price = 0;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("product_retailer_id"u8))
            {
                retailerId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("quantity"u8))
            {
                quantity = JsonRead.Int64(ref reader) ?? 0;
            }
            else if (reader.ValueTextEquals("item_price"u8))
            {
                price = JsonRead.Decimal(ref reader) ?? 0;
            }
            else if (reader.ValueTextEquals("currency"u8))
            {
                currency = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new OrderItem(retailerId, quantity is >= 0 and <= int.MaxValue ? (int)quantity : 0, price, currency);
    }

    private static SystemMessageReceived? ReadSystem(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        string? body = null, type = null, waId = null;
        UserIdentity? identity = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("body"u8))
            {
                body = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                type = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("wa_id"u8) || reader.ValueTextEquals("new_wa_id"u8))
            {
                waId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("identity"u8))
            {
                identity = ReadIdentity(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new SystemMessageReceived { Body = body, SystemType = type, NewWaId = waId, Identity = identity };
    }

    private static UnsupportedMessageReceived? ReadUnsupported(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        string? type = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new UnsupportedMessageReceived { UnsupportedType = type };
    }

    private static UserIdentity? ReadIdentity(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        var acknowledged = false;
        DateTimeOffset? created = null;
        string? hash = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("acknowledged"u8))
            {
                acknowledged = JsonRead.Bool(ref reader) ?? false;
            }
            else if (reader.ValueTextEquals("created_timestamp"u8))
            {
                created = JsonRead.Timestamp(ref reader);
            }
            else if (reader.ValueTextEquals("hash"u8))
            {
                hash = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new UserIdentity(acknowledged, created, hash);
    }

    private static MessageContext? ReadContext(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        string? id = null, from = null, catalogId = null, retailerId = null;
        bool forwarded = false, frequentlyForwarded = false;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("from"u8))
            {
                from = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("forwarded"u8))
            {
                forwarded = JsonRead.Bool(ref reader) ?? false;
            }
            else if (reader.ValueTextEquals("frequently_forwarded"u8))
            {
                frequentlyForwarded = JsonRead.Bool(ref reader) ?? false;
            }
            else if (reader.ValueTextEquals("referred_product"u8))
            {
                JsonRead.StringPair(ref reader, "catalog_id"u8, "product_retailer_id"u8, out catalogId, out retailerId);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new MessageContext
        {
            MessageId = id,
            From = from,
            Forwarded = forwarded,
            FrequentlyForwarded = frequentlyForwarded,
            ReferredCatalogId = catalogId,
            ReferredProductRetailerId = retailerId,
        };
    }

    private static MessageReferral? ReadReferral(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        string? sourceUrl = null, sourceId = null, sourceType = null, headline = null, body = null, mediaType = null;
        string? imageUrl = null, videoUrl = null, thumbnailUrl = null, clickId = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("source_url"u8))
            {
                sourceUrl = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("source_id"u8))
            {
                sourceId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("source_type"u8))
            {
                sourceType = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("headline"u8))
            {
                headline = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("body"u8))
            {
                body = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("media_type"u8))
            {
                mediaType = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("image_url"u8))
            {
                imageUrl = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("video_url"u8))
            {
                videoUrl = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("thumbnail_url"u8))
            {
                thumbnailUrl = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("ctwa_clid"u8))
            {
                clickId = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new MessageReferral
        {
            SourceUrl = sourceUrl,
            SourceId = sourceId,
            SourceType = sourceType,
            Headline = headline,
            Body = body,
            MediaType = mediaType,
            ImageUrl = imageUrl,
            VideoUrl = videoUrl,
            ThumbnailUrl = thumbnailUrl,
            ClickId = clickId,
        };
    }
}
