namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's phone number (<c>phones[]</c>).</summary>
public sealed partial class ContactPhone
{
    /// <summary>Creates a phone entry.</summary>
    /// <param name="phone">The number as displayed, e.g. <c>+1 650 555 1234</c>.</param>
    /// <exception cref="WhatsAppValidationException">The number is empty.</exception>
    public ContactPhone(string phone)
    {
        Validate.NotEmpty(phone, "contacts.phones.phone");
        Phone = phone;
    }

    /// <summary>The number as displayed.</summary>
    public string Phone { get; }

    /// <summary><value>The kind of number. Default <see langword="null"/> (none).</value></summary>
    public ContactPhoneType? Type { get; init; }

    /// <summary>
    /// <value>The number's WhatsApp id (digits), which adds a "Message" button. Default <see langword="null"/> (none); when set, not empty.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The WhatsApp id is empty.</exception>
    public string? WaId
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "contacts.phones.wa_id");
    }
}
