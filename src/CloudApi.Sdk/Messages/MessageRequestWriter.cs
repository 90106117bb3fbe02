using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>Writes the request body of <c>POST /{phone-number-id}/messages</c>.</summary>
internal static class MessageRequestWriter
{
    public static void WriteSend(Utf8JsonWriter writer, WhatsAppRecipient recipient, WhatsAppMessage message, SendMessageOptions? options)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.MessagingProduct, JsonNames.WhatsApp);
        WriteRecipient(writer, recipient);
        writer.WriteString(JsonNames.Type, message.EncodedType);
        if (options?.ReplyToMessageId is { } replyTo)
        {
            writer.WriteStartObject(JsonNames.Context);
            writer.WriteString(JsonNames.MessageId, replyTo);
            writer.WriteEndObject();
        }

        if (options?.BizOpaqueCallbackData is { } callbackData)
        {
            writer.WriteString(JsonNames.BizOpaqueCallbackData, callbackData);
        }

        message.WriteContent(writer);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>recipient_type</c> and the address: a phone number as <c>to</c>, a (parent) BSUID as <c>recipient</c> (no
    /// <c>to</c>: when both are set Meta uses <c>to</c>), a group as <c>to</c> with <c>recipient_type: group</c>.
    /// </summary>
    public static void WriteRecipient(Utf8JsonWriter writer, WhatsAppRecipient recipient)
    {
        switch (recipient.Kind)
        {
            case WhatsAppRecipientKind.Group:
                writer.WriteString(JsonNames.RecipientType, "group"u8);
                writer.WriteString(JsonNames.To, recipient.Value);
                break;
            case WhatsAppRecipientKind.UserId or WhatsAppRecipientKind.ParentUserId:
                writer.WriteString(JsonNames.RecipientType, "individual"u8);
                writer.WriteString(JsonNames.Recipient, recipient.Value);
                break;
            default:
                writer.WriteString(JsonNames.RecipientType, "individual"u8);
                writer.WriteString(JsonNames.To, recipient.Value);
                break;
        }
    }

    public static void WriteMarkAsRead(Utf8JsonWriter writer, string messageId, bool showTypingIndicator)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.MessagingProduct, JsonNames.WhatsApp);
        writer.WriteString(JsonNames.Status, "read"u8);
        writer.WriteString(JsonNames.MessageId, messageId);
        if (showTypingIndicator)
        {
            writer.WriteStartObject(JsonNames.TypingIndicator);
            writer.WriteString(JsonNames.Type, "text"u8);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
