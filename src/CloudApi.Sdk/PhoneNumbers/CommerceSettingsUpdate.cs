namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Changes to a number's commerce settings (<c>POST /{phone-number-id}/whatsapp_commerce_settings</c>); unset values are unchanged.</summary>
public sealed class CommerceSettingsUpdate
{
    /// <summary><value>Whether users can add products to a cart (<c>is_cart_enabled</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public bool? IsCartEnabled { get; init; }

    /// <summary><value>Whether the catalog shows (<c>is_catalog_visible</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public bool? IsCatalogVisible { get; init; }

    /// <summary>The rule across fields, checked when the update is sent.</summary>
    internal void ValidateNotEmpty()
    {
        if (IsCartEnabled is null && IsCatalogVisible is null)
        {
            throw new WhatsAppValidationException("is_cart_enabled", "A commerce settings update must set is_cart_enabled or is_catalog_visible.");
        }
    }
}
