namespace CloudApi.Sdk.Emulator;

/// <summary>A message the emulator accepted.</summary>
public sealed class EmulatedMessage
{
    /// <summary>Initializes a new instance of the <see cref="EmulatedMessage"/> class.</summary>
    /// <param name="id">The message id returned to the sender (<c>wamid.…</c>).</param>
    /// <param name="phoneNumberId">The business phone-number id that sent it.</param>
    /// <param name="to">The <c>to</c> value as sent.</param>
    /// <param name="recipient">The recipient's WhatsApp id (digits only), or their business-scoped user id when the emulator knows no number for them.</param>
    /// <param name="type">The message <c>type</c>.</param>
    /// <param name="body">The request body as received.</param>
    /// <param name="acceptedAt">When it was accepted, on the emulator's clock.</param>
    /// <param name="bizOpaqueCallbackData">The <c>biz_opaque_callback_data</c>, if any.</param>
    public EmulatedMessage(
        string id,
        string phoneNumberId,
        string to,
        string recipient,
        string type,
        string body,
        DateTimeOffset acceptedAt,
        string? bizOpaqueCallbackData)
    {
        Id = id;
        PhoneNumberId = phoneNumberId;
        To = to;
        Recipient = recipient;
        Type = type;
        Body = body;
        AcceptedAt = acceptedAt;
        BizOpaqueCallbackData = bizOpaqueCallbackData;
    }

    /// <summary>Gets the message id returned to the sender (<c>wamid.…</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the business phone-number id that sent it.</summary>
    public string PhoneNumberId { get; }

    /// <summary>Gets the <c>to</c> value as sent (the <c>recipient</c> value for a send by business-scoped user id).</summary>
    public string To { get; }

    /// <summary>Gets the recipient's WhatsApp id (digits only), or their business-scoped user id when the emulator knows no number for them.</summary>
    public string Recipient { get; }

    /// <summary>Gets the recipient's business-scoped user id, when the send addressed one or the emulator knows the user's (<see cref="EmulatedUser"/>).</summary>
    public string? RecipientUserId { get; init; }

    /// <summary>Gets the message <c>type</c> (<c>text</c>, <c>template</c>, …).</summary>
    public string Type { get; }

    /// <summary>Gets the request body as received (JSON).</summary>
    public string Body { get; }

    /// <summary>Gets when it was accepted, on the emulator's clock.</summary>
    public DateTimeOffset AcceptedAt { get; }

    /// <summary>Gets the <c>biz_opaque_callback_data</c>, if any.</summary>
    public string? BizOpaqueCallbackData { get; }
}
