using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>Writes the request body of <c>POST /{phone-number-id}/messages</c>.</summary>
internal static class MessageRequestWriter
{
    public static void WriteSend(Utf8JsonWriter writer, string to, WhatsAppMessage message, SendMessageOptions? options)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.MessagingProduct, JsonNames.WhatsApp);
        writer.WriteString(JsonNames.RecipientType, "individual"u8);
        writer.WriteString(JsonNames.To, to);
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
