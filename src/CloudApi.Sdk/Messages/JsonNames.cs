using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>Pre-encoded property names of outbound message JSON, so writing a message encodes nothing twice.</summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText MessagingProduct = JsonEncodedText.Encode("messaging_product");
    public static readonly JsonEncodedText WhatsApp = JsonEncodedText.Encode("whatsapp");
    public static readonly JsonEncodedText RecipientType = JsonEncodedText.Encode("recipient_type");
    public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Context = JsonEncodedText.Encode("context");
    public static readonly JsonEncodedText MessageId = JsonEncodedText.Encode("message_id");
    public static readonly JsonEncodedText BizOpaqueCallbackData = JsonEncodedText.Encode("biz_opaque_callback_data");
    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    public static readonly JsonEncodedText TypingIndicator = JsonEncodedText.Encode("typing_indicator");

    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    public static readonly JsonEncodedText PreviewUrl = JsonEncodedText.Encode("preview_url");
}
