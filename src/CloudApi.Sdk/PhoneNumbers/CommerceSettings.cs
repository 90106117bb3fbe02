using CloudApi.Sdk.Http;
using CloudApi.Sdk.PhoneNumbers.Wire;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A number's commerce settings (<c>GET /{phone-number-id}/whatsapp_commerce_settings</c>).</summary>
public sealed class CommerceSettings : GraphResult
{
    internal CommerceSettings(string? id, bool? isCartEnabled, bool? isCatalogVisible, GraphSource source)
        : base(source)
    {
        Id = id;
        IsCartEnabled = isCartEnabled;
        IsCatalogVisible = isCatalogVisible;
    }

    internal CommerceSettings(CommerceSettingsWire wire, GraphSource source)
        : this(wire.Id, wire.IsCartEnabled, wire.IsCatalogVisible, source)
    {
    }

    /// <summary>The settings' id (<c>id</c>).</summary>
    public string? Id { get; }

    /// <summary>Whether users can add products to a cart and send orders (<c>is_cart_enabled</c>).</summary>
    public bool? IsCartEnabled { get; }

    /// <summary>Whether the catalog shows in the chat and the profile (<c>is_catalog_visible</c>).</summary>
    public bool? IsCatalogVisible { get; }
}
