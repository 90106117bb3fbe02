using System.Buffers;
using System.Text.Json;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Campaigns.Engine;

/// <summary>Turns a <see cref="BulkMessage"/> into its durable record, and the record back into a send.</summary>
internal static class CampaignRecords
{
    /// <summary>The record of the message at <paramref name="index"/>, validated as a send would be (before anything is sent).</summary>
    public static CampaignMessage Create(BulkMessage message, long index, string markerPrefix)
    {
        ArgumentNullException.ThrowIfNull(message);
        var options = message.Options;
        options?.Validate(message.Message);
        var marker = CampaignMarkers.Of(markerPrefix, index);
        var callerData = options?.BizOpaqueCallbackData;
        var room = CampaignMarkers.MaxCallerDataLength(marker);
        if (callerData is not null && callerData.Length > room)
        {
            throw new WhatsAppValidationException(
                "biz_opaque_callback_data",
                $"biz_opaque_callback_data of campaign message {index} must be at most {room} characters (Meta's limit of {SendMessageOptions.MaxBizOpaqueCallbackDataLength} less the campaign's marker of {marker.Length + 1}), got {callerData.Length}.",
                room);
        }

        return new CampaignMessage
        {
            Index = index,
            Recipient = message.Recipient,
            MessageType = message.Message.Type,
            Content = ContentOf(message.Message),
            PhoneNumberId = options?.PhoneNumberId,
            ReplyToMessageId = options?.ReplyToMessageId,
            CallbackData = callerData,
            Marker = marker,
        };
    }

    /// <summary>The message to send for a record: its content replayed as a raw message.</summary>
    public static RawMessage MessageOf(CampaignMessage record) => new(record.MessageType, record.Content);

    /// <summary>The send options of a record: its sender, reply context, and its callback data with the marker.</summary>
    public static SendMessageOptions OptionsOf(CampaignMessage record) => new()
    {
        PhoneNumberId = record.PhoneNumberId,
        ReplyToMessageId = record.ReplyToMessageId,
        BizOpaqueCallbackData = CampaignMarkers.CallbackDataOf(record),
    };

    /// <summary>What an exception that ended a send says, as data a store can keep.</summary>
    public static CampaignMessageError ErrorOf(Exception exception) => new()
    {
        Kind = exception.GetType().Name,
        Code = exception switch
        {
            WhatsAppApiException api => api.Error?.Code,
            MessageOutcomeUnknownException { InnerException: WhatsAppApiException api } => api.Error?.Code,
            _ => null,
        },
        Message = exception.Message,
    };

    /// <summary>The error of a message found in flight after its worker stopped heartbeating.</summary>
    public static CampaignMessageError Abandoned(string workerId) => new()
    {
        Kind = "WorkerAbandoned",
        Message = $"Worker '{workerId}' took this message over from a worker that stopped heartbeating after marking it in flight: the request may have been sent, so it is not sent again.",
    };

    /// <summary>The content object of a message (what the request carries under its type's name) as UTF-8 JSON.</summary>
    private static byte[] ContentOf(WhatsAppMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            message.WriteContent(writer);
            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        reader.Read();
        reader.Read();
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return buffer.WrittenSpan[start..(int)reader.BytesConsumed].ToArray();
    }
}
