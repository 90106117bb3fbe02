using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>An object a partner answer names by id and name: an app, a business, a WhatsApp Business Account.</summary>
public sealed class NamedGraphObject
{
    internal NamedGraphObject(string id, string? name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The object's id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The object's name (<c>name</c>), when Meta sent it.</summary>
    public string? Name { get; }

    internal static NamedGraphObject? From(PartnerNamedObjectWire? wire) => wire is null ? null : new(wire.Id ?? string.Empty, wire.Name);
}
