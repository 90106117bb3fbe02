namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's phone number (<c>phones[]</c>).</summary>
public sealed record ContactPhone
{
    /// <summary>Creates a phone entry.</summary>
    /// <param name="phone">The number as displayed, e.g. <c>+1 650 555 1234</c>.</param>
    /// <param name="type">The kind of number; <see langword="null"/> for none.</param>
    /// <param name="waId">The number's WhatsApp id (digits), which adds a "Message" button; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">The number or WhatsApp id is empty.</exception>
    public ContactPhone(string phone, ContactPhoneType? type = null, string? waId = null)
    {
        Validate.NotEmpty(phone, "contacts.phones.phone");
        Validate.OptionalNotEmpty(waId, "contacts.phones.wa_id");
        Phone = phone;
        Type = type;
        WaId = waId;
    }

    /// <summary>The number as displayed.</summary>
    public string Phone { get; }

    /// <summary>The kind of number, or <see langword="null"/>.</summary>
    public ContactPhoneType? Type { get; }

    /// <summary>The WhatsApp id, or <see langword="null"/>.</summary>
    public string? WaId { get; }
}
