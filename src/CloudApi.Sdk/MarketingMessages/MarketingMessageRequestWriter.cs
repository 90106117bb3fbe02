using System.Text.Json;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.MarketingMessages;

/// <summary>Writes the body of <c>POST /{phone-number-id}/marketing_messages</c>: the <c>/messages</c> envelope of a template, and the two MM API settings.</summary>
internal static class MarketingMessageRequestWriter
{
    public static void Write(Utf8JsonWriter writer, WhatsAppRecipient recipient, TemplateMessage message, SendMarketingMessageOptions? options)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.MessagingProduct, JsonNames.WhatsApp);
        MessageRequestWriter.WriteRecipient(writer, recipient);
        writer.WriteString(JsonNames.Type, message.EncodedType);
        message.WriteContent(writer);
        if (options?.ProductPolicy is { } policy)
        {
            writer.WriteString(JsonNames.ProductPolicy, policy.Value);
        }

        if (options?.MessageActivitySharing is { } sharing)
        {
            writer.WriteBoolean(JsonNames.MessageActivitySharing, sharing);
        }

        writer.WriteEndObject();
    }
}
