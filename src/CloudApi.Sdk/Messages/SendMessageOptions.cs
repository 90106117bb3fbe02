namespace CloudApi.Sdk.Messages;

/// <summary>Optional settings of one send.</summary>
public sealed class SendMessageOptions
{
    /// <summary>The longest <see cref="BizOpaqueCallbackData"/> Meta accepts.</summary>
    public const int MaxBizOpaqueCallbackDataLength = 512;

    /// <summary>
    /// <value>The business phone-number id to send from. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value>
    /// </summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value>The wamid of a message to quote (<c>context.message_id</c>), making this a reply. Not allowed on reactions.</value>
    /// </summary>
    public string? ReplyToMessageId { get; init; }

    /// <summary>
    /// <value>An opaque string of up to 512 characters echoed in this message's status webhooks
    /// (<c>biz_opaque_callback_data</c>): use it to correlate statuses with your own records.</value>
    /// </summary>
    public string? BizOpaqueCallbackData { get; init; }

    internal void Validate(WhatsAppMessage message)
    {
        CloudApi.Sdk.Validate.OptionalText(ReplyToMessageId, 256, "context.message_id");
        if (ReplyToMessageId is not null && !message.SupportsReplyContext)
        {
            throw new WhatsAppValidationException("context.message_id", $"A {message.Type} message cannot be a reply (context is not allowed).");
        }

        CloudApi.Sdk.Validate.OptionalText(BizOpaqueCallbackData, MaxBizOpaqueCallbackDataLength, "biz_opaque_callback_data");
    }
}
