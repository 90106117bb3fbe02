using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Parsing;

/// <summary>Reads one <c>statuses[]</c> object (the reader is on its start).</summary>
internal static class StatusReader
{
    public static MessageStatusUpdate Read(ref Utf8JsonReader reader)
    {
        string? id = null, recipientId = null, recipientType = null, participantId = null, recipientUserId = null, callbackData = null;
        DeliveryStatus status = default;
        DateTimeOffset? timestamp = null;
        StatusConversation? conversation = null;
        StatusPricing? pricing = null;
        IReadOnlyList<WebhookError> errors = [];
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                status = ReadStatus(ref reader);
            }
            else if (reader.ValueTextEquals("timestamp"u8))
            {
                timestamp = JsonRead.Timestamp(ref reader);
            }
            else if (reader.ValueTextEquals("recipient_id"u8))
            {
                recipientId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("conversation"u8))
            {
                conversation = ReadConversation(ref reader);
            }
            else if (reader.ValueTextEquals("pricing"u8))
            {
                pricing = ReadPricing(ref reader);
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                errors = MessagesValueReader.ReadErrors(ref reader);
            }
            else if (reader.ValueTextEquals("biz_opaque_callback_data"u8))
            {
                callbackData = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("recipient_type"u8))
            {
                recipientType = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("recipient_participant_id"u8))
            {
                participantId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("recipient_user_id"u8))
            {
                recipientUserId = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new MessageStatusUpdate
        {
            MessageId = id ?? string.Empty,
            Status = status,
            Timestamp = timestamp ?? default,
            RecipientId = recipientId,
            RecipientType = recipientType,
            RecipientParticipantId = participantId,
            RecipientUserId = recipientUserId,
            BizOpaqueCallbackData = callbackData,
            Conversation = conversation,
            Pricing = pricing,
            Errors = errors,
        };
    }

    private static DeliveryStatus ReadStatus(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return default;
        }

        return reader.ValueTextEquals("sent"u8) ? DeliveryStatus.Sent
            : reader.ValueTextEquals("delivered"u8) ? DeliveryStatus.Delivered
            : reader.ValueTextEquals("read"u8) ? DeliveryStatus.Read
            : reader.ValueTextEquals("failed"u8) ? DeliveryStatus.Failed
            : reader.ValueTextEquals("played"u8) ? DeliveryStatus.Played
            : new DeliveryStatus(reader.GetString()!);
    }

    private static StatusConversation? ReadConversation(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        string? id = null, origin = null;
        DateTimeOffset? expires = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("expiration_timestamp"u8))
            {
                expires = JsonRead.Timestamp(ref reader);
            }
            else if (reader.ValueTextEquals("origin"u8))
            {
                origin = JsonRead.StringIn(ref reader, "type"u8);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new StatusConversation(id, expires, origin);
    }

    private static StatusPricing? ReadPricing(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        bool? billable = null;
        string? model = null, type = null, category = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("billable"u8))
            {
                billable = JsonRead.Bool(ref reader);
            }
            else if (reader.ValueTextEquals("pricing_model"u8))
            {
                model = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                type = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("category"u8))
            {
                category = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new StatusPricing(billable, model, type, category);
    }
}
